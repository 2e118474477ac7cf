import type { PollView } from '@elan/core/contract';
import { makeStyles, tokens } from '@fluentui/react-components';
import { useT } from '../../i18n/useT';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '8px' },
  item: { overflowWrap: 'anywhere' },
  text: { margin: '2px 0 0', whiteSpace: 'pre-line', color: tokens.colorNeutralForeground2 },
});

/** The advice an advice process received, by name, oldest first. */
export function AdviceGiven({ advice }: { advice: NonNullable<PollView['advice']> }) {
  const { t } = useT();
  const styles = useStyles();
  if (advice.given.length === 0) return <p style={{ margin: 0 }}>{t('tab.advice.noneGiven')}</p>;
  return (
    <ul className={styles.list} aria-label={t('tab.advice.given')} data-testid="advice-given">
      {advice.given.map((a, i) => (
        <li key={i} className={styles.item}>
          <strong>{a.name}</strong>
          <p className={styles.text}>{a.text}</p>
        </li>
      ))}
    </ul>
  );
}
