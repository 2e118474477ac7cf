import type { Quadrant } from './quadrant';

/**
 * What a figure shows, as data. Core decides what to draw and with which words (from the catalogs); the API
 * draws it (SVG, then PNG). Labels are final text, already translated.
 */
export type ChartSpec = StakeholderMapChart | TimeSeriesChart | BarsChart | RadarChart;

/** The power–interest grid with the relationship network drawn over it; a node grows with its links. */
export interface StakeholderMapChart {
  kind: 'stakeholderMap';
  xLabel: string;
  yLabel: string;
  quadrantLabels: Record<Quadrant, string>;
  nodes: { id: string; label: string; power: number; interest: number; degree: number; quadrant: Quadrant }[];
  links: { from: string; to: string; strength: number }[];
}

/** Values over time, one line per series (e.g. attendance and poll participation, in %). */
export interface TimeSeriesChart {
  kind: 'timeSeries';
  yLabel: string;
  /** The y axis runs from 0 to this. */
  yMax: number;
  series: { name: string; points: { date: string; value: number }[] }[];
}

/** Grouped horizontal bars (e.g. indicators per value cycle, as % of their target). */
export interface BarsChart {
  kind: 'bars';
  yLabel: string;
  /** A reference line (e.g. 100 % of target); absent for none. */
  reference?: { value: number; label: string };
  max: number;
  /** `display` is the value as the reader sees it ("66 %"). */
  groups: { label: string; bars: { label: string; value: number; display: string }[] }[];
}

/** A radar (spider) chart on a fixed scale, one polygon per series (e.g. first and latest compass). */
export interface RadarChart {
  kind: 'radar';
  axes: string[];
  min: number;
  max: number;
  series: { name: string; values: number[] }[];
}
