import { quadrantOf } from '@elan/core/documents/charter/quadrant';
import { Badge, Button, makeStyles, tokens } from '@fluentui/react-components';
import { DeleteRegular, EditRegular, ErrorCircleRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { FormApi } from '../form/formApi';
import { Pager } from '../form/Pager';
import type { Stakeholder } from './useEcosystem';

const useStyles = makeStyles({
  wrap: { overflowX: 'auto', maxWidth: '100%', border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase300 },
  cell: { textAlign: 'left', verticalAlign: 'middle', padding: '6px 8px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  head: { backgroundColor: tokens.colorNeutralBackground3, fontWeight: tokens.fontWeightSemibold, whiteSpace: 'nowrap' },
  selected: { backgroundColor: tokens.colorBrandBackground2 },
  name: { minWidth: '140px', overflowWrap: 'anywhere' },
  tags: { display: 'flex', flexWrap: 'wrap', gap: '4px' },
  actions: { display: 'flex', gap: '2px', whiteSpace: 'nowrap' },
  pager: { display: 'flex', alignItems: 'center', gap: '8px', flexWrap: 'wrap', marginTop: '8px' },
  bad: { color: tokens.colorPaletteRedForeground1, verticalAlign: 'middle', marginLeft: '4px' },
});

const pageSize = 25;

/** The stakeholders that match the search, 25 at a time: who they are, where they sit on the grid, how linked. */
export function StakeholderTable({
  form,
  stakeholders,
  shown,
  degree,
  selected,
  onEdit,
  onRemove,
}: {
  form: FormApi;
  stakeholders: readonly Partial<Stakeholder>[];
  /** Indexes to show (the search result), in order. */
  shown: readonly number[];
  degree: ReadonlyMap<string, number>;
  selected: number | undefined;
  onEdit(index: number): void;
  onRemove(index: number): void;
}) {
  const { t, readOnly } = form;
  const styles = useStyles();
  const [pageState, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(shown.length / pageSize));
  const page = Math.min(pageState, pages - 1);
  const rows = shown.slice(page * pageSize, (page + 1) * pageSize);
  return (
    <div>
      <div className={styles.wrap} role="region" tabIndex={0} aria-label={t('tab.w5.table.title')}>
        <table className={styles.table} data-testid="stakeholder-table">
          <caption className="visually-hidden" style={{ position: 'absolute', left: -10000 }}>
            {t('tab.w5.table.caption', { shown: shown.length, total: stakeholders.length })}
          </caption>
          <thead>
            <tr>
              {[
                t('tab.w5.stakeholder.name'),
                t('tab.w5.stakeholder.kind'),
                t('tab.w5.table.powerInterest'),
                t('tab.w5.table.quadrant'),
                t('tab.w5.stakeholder.disposition'),
                t('tab.w5.stakeholder.tags'),
                t('tab.w5.table.links'),
                t('tab.w5.table.actions'),
              ].map((h) => (
                <th key={h} scope="col" className={`${styles.cell} ${styles.head}`}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((i) => {
              const s = stakeholders[i]!;
              const name = s.name?.trim() || t('tab.w5.unnamed', { n: i + 1 });
              const problems = form.issuesUnder(`stakeholders.${i}`);
              return (
                <tr key={s.id ?? i} className={selected === i ? styles.selected : undefined} data-stakeholder={s.id}>
                  <th scope="row" className={`${styles.cell} ${styles.name}`}>
                    {name}
                    {problems.length > 0 && (
                      <ErrorCircleRegular className={styles.bad} role="img" aria-label={t('tab.w5.table.hasProblems')} />
                    )}
                  </th>
                  <td className={styles.cell}>{s.kind ? t(`doc.stakeholderKind.${s.kind}`) : '—'}</td>
                  <td className={styles.cell}>{t('tab.w5.table.pi', { power: s.power ?? '–', interest: s.interest ?? '–' })}</td>
                  <td className={styles.cell} data-quadrant={quadrantOf(s.power, s.interest)}>
                    {t(`doc.quadrant.${quadrantOf(s.power, s.interest)}`)}
                  </td>
                  <td className={styles.cell}>{s.disposition ? t(`doc.disposition.${s.disposition}`) : '—'}</td>
                  <td className={styles.cell}>
                    <span className={styles.tags}>
                      {(s.tags ?? []).filter(Boolean).map((tag) => (
                        <Badge key={tag} appearance="outline" color="informative">
                          {tag}
                        </Badge>
                      ))}
                    </span>
                  </td>
                  <td className={styles.cell}>{degree.get(s.id ?? '') ?? 0}</td>
                  <td className={styles.cell}>
                    <span className={styles.actions}>
                      <Button
                        appearance="subtle"
                        size="small"
                        icon={<EditRegular />}
                        aria-label={t(readOnly ? 'tab.w5.table.view' : 'tab.w5.table.edit', { name })}
                        title={t(readOnly ? 'tab.w5.table.view' : 'tab.w5.table.edit', { name })}
                        onClick={() => onEdit(i)}
                      />
                      {!readOnly && (
                        <Button
                          appearance="subtle"
                          size="small"
                          icon={<DeleteRegular />}
                          aria-label={t('tab.w5.table.remove', { name })}
                          title={t('tab.w5.table.remove', { name })}
                          onClick={() => onRemove(i)}
                        />
                      )}
                    </span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <Pager
        t={t}
        className={styles.pager}
        list={t('tab.w5.stakeholders')}
        page={page}
        size={pageSize}
        count={shown.length}
        onPage={setPage}
      />
    </div>
  );
}
