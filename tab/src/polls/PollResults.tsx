import { makeStyles, tokens } from '@fluentui/react-components';
import { adviceAnswers, consentAnswers } from '@elan/core/polls/poll';
import type { PollView } from '../api/endpoints';
import { AdviceGiven } from './advice/AdviceGiven';
import { useT } from '../i18n/useT';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '10px' },
  row: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) auto', gap: '4px 12px', alignItems: 'baseline' },
  label: { overflowWrap: 'anywhere' },
  count: { fontVariantNumeric: 'tabular-nums', fontWeight: tokens.fontWeightSemibold },
  bar: {
    gridColumn: '1 / -1',
    height: '0.5em',
    borderRadius: '999px',
    backgroundColor: tokens.colorNeutralBackground5,
    overflow: 'hidden',
  },
  fill: { height: '100%', backgroundColor: tokens.colorBrandBackground },
});

/** The rows of a poll's results: each answer, its count and share, as text with a bar beside it. */
export function resultRows(poll: PollView, t: ReturnType<typeof useT>['t']): { key: string; label: string; count: number }[] {
  const counts = poll.results?.counts ?? {};
  const answers = poll.method === 'consent' ? consentAnswers : poll.method === 'advice' ? adviceAnswers : undefined;
  const keys = answers
    ? answers.map((a) => ({ key: a, label: t(`poll.answer.${a}`) }))
    : poll.method === 'score'
      ? Array.from({ length: 6 }, (_, s) => ({ key: String(s), label: String(s) }))
      : poll.options.map((o) => ({ key: o.id, label: o.label }));
  return keys.map((k) => ({ ...k, count: counts[k.key] ?? 0 }));
}

/** A poll's results, large or small; hidden results say so. */
export function PollResults({ poll, size = 'normal' }: { poll: PollView; size?: 'normal' | 'large' }) {
  const { t } = useT();
  const styles = useStyles();
  if (!poll.results) return <p>{t('poll.resultsHidden')}</p>;
  const rows = resultRows(poll, t);
  const total = rows.reduce((a, r) => a + r.count, 0);
  const list = (
    <ul className={styles.list} style={size === 'large' ? { fontSize: '1.5em', gap: 16 } : undefined} data-testid="poll-results">
      {rows.map((r) => {
        const pct = total === 0 ? 0 : Math.round((r.count * 100) / total);
        return (
          <li key={r.key} className={styles.row}>
            <span className={styles.label}>{r.label}</span>
            <span className={styles.count}>{t('tab.poll.count', { count: r.count, pct })}</span>
            <span className={styles.bar} aria-hidden>
              <span className={styles.fill} style={{ display: 'block', width: `${pct}%` }} />
            </span>
          </li>
        );
      })}
    </ul>
  );
  // An advice process is read for what was said, by whom; the counts only say how many answered.
  return poll.advice ? (
    <>
      {list}
      <AdviceGiven advice={poll.advice} />
    </>
  ) : (
    list
  );
}
