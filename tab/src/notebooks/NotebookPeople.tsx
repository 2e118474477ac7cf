import type { NotebookView } from '@elan/core/contract';
import { makeStyles, tokens } from '@fluentui/react-components';
import { formatInstant } from '../i18n/formatDate';
import { useT } from '../i18n/useT';

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, max-content) minmax(0, 1fr)',
    gap: '6px 16px',
    margin: 0,
    '@media (max-width: 480px)': { gridTemplateColumns: 'minmax(0, 1fr)', gap: '2px' },
  },
  term: { fontWeight: tokens.fontWeightSemibold, margin: 0 },
  value: { margin: 0, overflowWrap: 'anywhere', '@media (max-width: 480px)': { marginBottom: '8px' } },
});

/** Who captured the notes, who took them over and who approved the notebook (and when): shown, never edited. */
export function NotebookPeople({ view }: { view: NotebookView }) {
  const { t, locale } = useT();
  const styles = useStyles();
  const nobody = t('tab.notebooks.people.nobody');
  const approved =
    view.approvedBy && view.approvedAt
      ? t('tab.notebooks.people.approvedOn', { name: view.approvedBy.name, date: formatInstant(locale, view.approvedAt, 'date') })
      : nobody;
  const rows: [string, string, string][] = [
    ['capturedBy', t('tab.notebooks.people.capturedBy'), view.capturedBy?.name ?? nobody],
    ['takenOverBy', t('tab.notebooks.people.takenOverBy'), view.takenOverBy?.name ?? nobody],
    ['approvedBy', t('tab.notebooks.people.approvedBy'), approved],
  ];
  return (
    <dl className={styles.list} data-testid="notebook-people">
      {rows.map(([key, term, value]) => (
        <div key={key} style={{ display: 'contents' }}>
          <dt className={styles.term}>{term}</dt>
          <dd className={styles.value} data-person={key}>
            {value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
