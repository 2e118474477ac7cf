import { makeStyles, tokens } from '@fluentui/react-components';
import type { CompassView } from '../api/endpoints';
import { useT } from '../i18n/useT';
import { compassText } from './compassText';
import { band } from './radar';

const useStyles = makeStyles({
  wrap: { overflowX: 'auto', maxWidth: '100%' },
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase300 },
  cell: { textAlign: 'left', padding: '4px 8px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, verticalAlign: 'top' },
});

const one = (v: number) => (Math.round(v * 10) / 10).toString();

/**
 * The radar's data as a table: median, spread and reading band of each dimension, per run (its text alternative),
 * and the members' satisfaction score beside them when a satisfaction survey reached its threshold.
 */
export function CompassTable({
  compass,
  runs,
  runLabel,
}: {
  compass: CompassView;
  runs: CompassView['runs'];
  runLabel(run: CompassView['runs'][number]): string;
}) {
  const { t } = useT();
  const styles = useStyles();
  const satisfied = compass.satisfactionSurvey != null;
  return (
    <div className={styles.wrap} role="region" tabIndex={0} aria-label={t('tab.compass.tableTitle')}>
      <table className={styles.table} data-testid="compass-table">
        <caption style={{ textAlign: 'left', fontWeight: 600, paddingBottom: 4 }}>{t('tab.compass.tableTitle')}</caption>
        <thead>
          <tr>
            <th className={styles.cell} scope="col">
              {t('doc.report.dimension')}
            </th>
            {runs.map((r) => (
              <th key={r.number} className={styles.cell} scope="col">
                {runLabel(r)}
              </th>
            ))}
            {satisfied && (
              <th className={styles.cell} scope="col">
                {t('tab.satisfaction.column')}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {compass.dimensions.map((d) => (
            <tr key={d.id}>
              <th className={styles.cell} scope="row">
                {compassText(t, d.id)}
              </th>
              {runs.map((r) => {
                const s = r.scores?.[d.id];
                return (
                  <td key={r.number} className={styles.cell}>
                    {s
                      ? t('tab.compass.cell', {
                          median: one(s.median),
                          min: one(s.min),
                          max: one(s.max),
                          band: t(`doc.band.${band(s.median)}`),
                        })
                      : '—'}
                  </td>
                );
              })}
              {satisfied && (
                <td className={styles.cell} data-testid={`compass-satisfaction-${d.id}`}>
                  {typeof d.satisfaction === 'number' ? t('tab.satisfaction.cell', { score: one(d.satisfaction) }) : '—'}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
