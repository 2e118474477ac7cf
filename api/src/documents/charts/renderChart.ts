import { Resvg } from '@resvg/resvg-js';
import type { ChartSpec } from '@elan/core/documents/charter/chartSpec';
import { barsSvg } from './bars';
import { radarSvg } from './radar';
import { stakeholderMapSvg } from './stakeholderMap';
import { fontFamily } from './svg';
import { timeSeriesSvg } from './timeSeries';

/** A rendered figure: PNG bytes and their pixel size. */
export interface Png {
  data: Buffer;
  width: number;
  height: number;
}

/** Draws a chart as SVG. */
export function chartSvg(chart: ChartSpec): string {
  switch (chart.kind) {
    case 'stakeholderMap':
      return stakeholderMapSvg(chart);
    case 'timeSeries':
      return timeSeriesSvg(chart);
    case 'bars':
      return barsSvg(chart);
    case 'radar':
      return radarSvg(chart);
  }
}

// The fonts ship in an npm package, so charts render the same on any host, with or without system fonts.
const fontFiles = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((file) => require.resolve(`dejavu-fonts-ttf/ttf/${file}`));

/** Renders SVG to PNG with resvg (a native binding shipped in npm's optional packages). */
export function svgToPng(svg: string): Png {
  const resvg = new Resvg(svg, {
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: fontFamily },
    background: '#ffffff',
    // 1,000 px across 6.3 inches is about 160 dpi: sharp in print, and a large map renders faster.
    fitTo: { mode: 'width', value: 1000 },
  });
  const image = resvg.render();
  return { data: image.asPng(), width: image.width, height: image.height };
}

/** Renders a chart to PNG. */
export function renderChart(chart: ChartSpec): Png {
  return svgToPng(chartSvg(chart));
}
