import type { Quadrant } from '@elan/core/documents/charter/quadrant';
import { Link, makeStyles, tokens } from '@fluentui/react-components';
import { memo } from 'react';
import { useT } from '../../i18n/useT';
import { byQuadrant } from './quadrant';
import type { Stakeholder } from './useEcosystem';

const useStyles = makeStyles({
  frame: { display: 'grid', gridTemplateColumns: 'auto minmax(0, 1fr)', gap: '4px', alignItems: 'stretch' },
  yAxis: {
    writingMode: 'vertical-rl',
    transform: 'rotate(180deg)',
    textAlign: 'center',
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  xAxis: { gridColumn: '2', textAlign: 'center', fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  grid: {
    display: 'grid',
    gap: '8px',
    gridTemplateColumns: 'minmax(0, 1fr)',
    '@media (min-width: 560px)': { gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)' },
  },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: '10px 12px',
    minWidth: 0,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  strong: { borderTop: `4px solid ${tokens.colorBrandStroke1}` },
  title: { margin: '0 0 2px', fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  meaning: { margin: '0 0 6px', fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  list: { margin: 0, paddingLeft: '18px', display: 'flex', flexDirection: 'column', gap: '2px', overflowWrap: 'anywhere' },
  dim: { opacity: 0.55 },
});

// Read as the grid is drawn: high power on top, high interest on the right.
const layout: Quadrant[] = ['keepSatisfied', 'manageClosely', 'monitor', 'keepInformed'];

/** The power–interest grid: every stakeholder in its quadrant, by name, each opening its editor. */
export const PowerInterestGrid = memo(function PowerInterestGrid({
  stakeholders,
  matches,
  onSelect,
}: {
  stakeholders: readonly Partial<Stakeholder>[];
  /** Stakeholders matching the search; the others are dimmed. */
  matches: ReadonlySet<number>;
  onSelect(index: number): void;
}) {
  const { t } = useT();
  const styles = useStyles();
  const groups = byQuadrant(stakeholders);
  return (
    <div className={styles.frame}>
      <div className={styles.yAxis} aria-hidden>
        {t('tab.w5.grid.powerAxis')}
      </div>
      <div className={styles.grid} data-testid="power-interest-grid">
        {layout.map((q) => (
          <section
            key={q}
            className={`${styles.cell} ${q === 'manageClosely' ? styles.strong : ''}`}
            aria-labelledby={`quadrant-${q}`}
            data-quadrant={q}
          >
            <h4 id={`quadrant-${q}`} className={styles.title}>
              {t('doc.ecosystem.quadrantHeading', { quadrant: t(`doc.quadrant.${q}`), n: groups[q].length })}
            </h4>
            <p className={styles.meaning}>{t(`doc.quadrantMeaning.${q}`)}</p>
            {groups[q].length > 0 && (
              <ul className={styles.list}>
                {groups[q].map((i) => {
                  const s = stakeholders[i]!;
                  return (
                    <li key={s.id ?? i} className={matches.has(i) ? undefined : styles.dim}>
                      <Link as="button" onClick={() => onSelect(i)}>
                        {s.name?.trim() || t('tab.w5.unnamed', { n: i + 1 })}
                      </Link>{' '}
                      <span className={styles.meaning}>{t('tab.w5.table.pi', { power: s.power ?? '–', interest: s.interest ?? '–' })}</span>
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        ))}
      </div>
      <div className={styles.xAxis} aria-hidden>
        {t('tab.w5.grid.interestAxis')}
      </div>
    </div>
  );
});
