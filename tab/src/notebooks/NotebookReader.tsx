import type { NotebookView } from '@elan/core/contract';
import { Body1, Link, makeStyles, tokens } from '@fluentui/react-components';
import { usePageStyles } from '../common/pageStyles';
import { TitledSection } from '../common/TitledSection';
import { useT } from '../i18n/useT';

const useStyles = makeStyles({
  summary: { margin: 0, whiteSpace: 'pre-line', overflowWrap: 'anywhere' },
  resource: { display: 'flex', flexDirection: 'column', gap: '2px', overflowWrap: 'anywhere' },
  tags: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

/** One resource as a reader sees it: its link (or file name), what it is and its tags. */
export function ResourceLine({ resource }: { resource: NotebookView['resources'][number] }) {
  const { t } = useT();
  const styles = useStyles();
  return (
    <span className={styles.resource}>
      {resource.url ? (
        <Link href={resource.url} target="_blank" rel="noopener noreferrer">
          {resource.description}
        </Link>
      ) : (
        <span>
          {resource.description} — {resource.fileName}
        </span>
      )}
      {resource.tags.length > 0 && <span className={styles.tags}>{t('tab.notebooks.list.tags', { tags: resource.tags.join(', ') })}</span>}
    </span>
  );
}

/**
 * A notebook read, not written (sponsors): the summary the community shares and the public resources. The API
 * sends nothing more (never the minutes nor the recording); a sentence says those stay with members.
 */
export function NotebookReader({ view }: { view: NotebookView }) {
  const { t } = useT();
  const page = usePageStyles();
  const styles = useStyles();
  return (
    <>
      <TitledSection headingId="nb-summary-title" title={t('tab.notebooks.summary.title')}>
        <Body1 as="p" className={styles.summary} data-testid="notebook-summary">
          {view.summary.trim() || t('tab.notebooks.summary.none')}
        </Body1>
      </TitledSection>
      <TitledSection headingId="nb-resources-title" title={t('tab.notebooks.resources.title')}>
        {view.resources.length === 0 ? (
          <Body1 as="p" className={page.muted}>
            {t('tab.notebooks.resources.none')}
          </Body1>
        ) : (
          <ul className={page.list} data-testid="notebook-resources">
            {view.resources.map((r) => (
              <li key={r.id} data-resource-id={r.id}>
                <ResourceLine resource={r} />
              </li>
            ))}
          </ul>
        )}
      </TitledSection>
      <TitledSection headingId="nb-minutes-title" title={t('tab.notebooks.minutes.title')} testId="notebook-minutes">
        <Body1 as="p" className={page.muted} data-testid="minutes-hidden">
          {t('tab.notebooks.minutes.membersOnly')}
        </Body1>
      </TitledSection>
    </>
  );
}
