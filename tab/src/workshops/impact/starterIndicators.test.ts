import { valueCycles } from '@elan/core/workshops/impact';
import { en } from '@elan/core/i18n/en';
import { fr } from '@elan/core/i18n/fr';
import { starterIndicators } from '@elan/core/workshops/impactStarters';
import { cycleCoverage, pulseItemIds } from './starterIndicators';

describe('impact starter set', () => {
  it('offers indicators in every value cycle', () => {
    expect(cycleCoverage(starterIndicators, valueCycles).every((c) => c.count >= 2)).toBe(true);
  });

  it('names every starter indicator and pulse item in both languages', () => {
    for (const catalog of [fr, en] as Record<string, string>[]) {
      for (const s of starterIndicators) {
        expect(catalog[`tab.w6.starter.${s.key}`]).toBeTruthy();
        expect(catalog[`tab.w6.starter.${s.key}.definition`]).toBeTruthy();
      }
      for (const id of pulseItemIds) expect(catalog[`tab.w6.pulseItem.${id}`]).toBeTruthy();
    }
  });

  it('counts indicators per cycle', () => {
    expect(cycleCoverage([{ cycle: 'immediate' }, { cycle: 'immediate' }, {}], ['immediate', 'applied'])).toEqual([
      { cycle: 'immediate', count: 2 },
      { cycle: 'applied', count: 0 },
    ]);
  });
});
