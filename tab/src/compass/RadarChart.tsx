import { makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { polygonPoints, radarLayout } from './radar';

export interface RadarSeries {
  key: string;
  label: string;
  values: (number | null)[];
}

const size = 360;
const margin = 70;
// Distinct strokes, so runs are told apart without colour too.
const dashes = ['', '6 4', '2 3'];
const colours = [tokens.colorBrandForeground1, tokens.colorPaletteDarkOrangeForeground2, tokens.colorNeutralForeground3];

const useStyles = makeStyles({
  svg: { width: '100%', maxWidth: '420px', height: 'auto', display: 'block', overflow: 'visible' },
  axisLabel: { fontSize: '11px', fill: tokens.colorNeutralForeground1 },
  ring: { fill: 'none', stroke: tokens.colorNeutralStroke2 },
  axis: { stroke: tokens.colorNeutralStroke2 },
  legend: { listStyleType: 'none', display: 'flex', flexWrap: 'wrap', gap: '4px 16px', margin: '8px 0 0', padding: 0 },
  key: { display: 'inline-flex', alignItems: 'center', gap: '6px' },
});

/** Splits a dimension name over two lines when long, so labels stay inside the figure on a phone. */
function labelLines(text: string): string[] {
  if (text.length <= 16) return [text];
  const mid = text.lastIndexOf(' ', Math.ceil(text.length / 2) + 3);
  return mid > 0 ? [text.slice(0, mid), text.slice(mid + 1)] : [text];
}

/** The compass radar: one polygon per run (latest first), on a 0–5 scale, with a legend. */
export function RadarChart({ axes, series, title }: { axes: string[]; series: RadarSeries[]; title: string }) {
  const styles = useStyles();
  const titleId = useId();
  const layout = radarLayout(axes.length, size, margin);
  return (
    <figure style={{ margin: 0 }}>
      <svg className={styles.svg} viewBox={`0 0 ${size} ${size}`} role="img" aria-labelledby={titleId} data-testid="radar">
        <title id={titleId}>{title}</title>
        {layout.rings.map((ring) => (
          <polygon key={ring.value} className={styles.ring} points={ring.points} />
        ))}
        {layout.axes.map((axis) => (
          <g key={axis.index}>
            <line className={styles.axis} x1={layout.center.x} y1={layout.center.y} x2={axis.end.x} y2={axis.end.y} />
            <text className={styles.axisLabel} x={axis.label.x} y={axis.label.y} textAnchor={axis.anchor} dominantBaseline="middle">
              {labelLines(axes[axis.index] ?? '').map((line, i, all) => (
                <tspan key={i} x={axis.label.x} dy={i === 0 ? `${-(all.length - 1) * 0.55}em` : '1.1em'}>
                  {line}
                </tspan>
              ))}
            </text>
          </g>
        ))}
        {[...series].reverse().map((s) => {
          const i = series.indexOf(s);
          return (
            <polygon
              key={s.key}
              data-run={s.key}
              points={polygonPoints(layout.center, layout.radius, layout.max, s.values)}
              fill={i === 0 ? tokens.colorBrandBackground2 : 'none'}
              fillOpacity={i === 0 ? 0.6 : 0}
              stroke={colours[i] ?? colours[2]}
              strokeWidth={i === 0 ? 2.5 : 2}
              strokeDasharray={dashes[i] ?? dashes[2]}
            />
          );
        })}
      </svg>
      <figcaption>
        <ul className={styles.legend}>
          {series.map((s, i) => (
            <li key={s.key} className={styles.key}>
              <svg width="28" height="10" aria-hidden>
                <line
                  x1="0"
                  y1="5"
                  x2="28"
                  y2="5"
                  stroke={colours[i] ?? colours[2]}
                  strokeWidth="2.5"
                  strokeDasharray={dashes[i] ?? dashes[2]}
                />
              </svg>
              {s.label}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
