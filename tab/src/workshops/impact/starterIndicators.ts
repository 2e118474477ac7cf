import type { valueCycles } from '@elan/core/workshops/impact';

type Cycle = (typeof valueCycles)[number];

/** Which cycles have at least one indicator, in cycle order. */
export function cycleCoverage(indicators: readonly { cycle?: string }[], cycles: readonly Cycle[]): { cycle: Cycle; count: number }[] {
  return cycles.map((cycle) => ({ cycle, count: indicators.filter((i) => i.cycle === cycle).length }));
}

/** The pulse item bank of WORKSHOPS.md §6 (statements in `tab.w6.pulseItem.<id>`). */
export const pulseItemIds = ['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7', 'P8', 'P9', 'P10', 'P11', 'P12', 'P13', 'P14', 'P15'] as const;
