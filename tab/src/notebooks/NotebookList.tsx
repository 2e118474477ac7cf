import type { NotebookListView } from '@elan/core/contract';
import { type NotebookRef, parseNotebookId } from '@elan/core/notebooks/notebook';
import { Body1, Button, Link, makeStyles, MessageBar, MessageBarActions, MessageBarBody, Subtitle2 } from '@fluentui/react-components';
import { ArrowClockwiseRegular } from '@fluentui/react-icons';
import { usePageStyles } from '../common/pageStyles';
import { useT } from '../i18n/useT';
import { routeHash } from '../routing/routes';
import { formatKey, NotebookStatusBadge } from './NotebookBits';
import { ResourceLine } from './NotebookReader';
import { notebookName, refLabel } from './notebookText';

const between: NotebookRef = { kind: 'between' };

const useStyles = makeStyles({
  heading: { display: 'block', margin: '20px 0 8px' },
  status: { margin: '0 0 8px' },
  problem: { marginBottom: '12px' },
  found: { display: 'flex', flexDirection: 'column', gap: '4px', overflowWrap: 'anywhere' },
});

/** What a search found: the notebooks (newest meeting first, "between meetings" on top) and the matching resources. */
export function NotebookList({
  communityId,
  view,
  busy,
  searching,
  problem,
  onRetry,
}: {
  communityId: string;
  view: NotebookListView | undefined;
  busy: boolean;
  /** Whether words or a tag narrow the list (an empty list then means "no match", not "none yet"). */
  searching: boolean;
  problem: string | undefined;
  onRetry(): void;
}) {
  const { t, locale } = useT();
  const page = usePageStyles();
  const styles = useStyles();
  const notebooks = view?.notebooks ?? [];
  const resources = view?.resources ?? [];
  const hrefOf = (notebookId: string) => routeHash({ name: 'notebooks', communityId, notebookId });
  return (
    <>
      <Subtitle2 as="h3" id="notebooks-list" className={styles.heading}>
        {t('tab.notebooks.list.title')}
      </Subtitle2>
      {/* Always mounted, so screen readers hear each new count. */}
      <p role="status" className={styles.status} data-testid="notebooks-status">
        {busy ? t('tab.notebooks.list.searching') : view && t('tab.notebooks.list.count', { n: notebooks.length })}
      </p>
      {problem && (
        <MessageBar intent="error" layout="multiline" role="alert" className={styles.problem}>
          <MessageBarBody>{t('tab.notebooks.list.failed', { reason: problem })}</MessageBarBody>
          <MessageBarActions>
            <Button icon={<ArrowClockwiseRegular />} onClick={onRetry}>
              {t('app.retry')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {view && notebooks.length === 0 && (
        <Body1 as="p" className={page.muted}>
          {t(searching ? 'tab.notebooks.list.noMatch' : 'tab.notebooks.list.none')}
        </Body1>
      )}
      {notebooks.length > 0 && (
        <ul className={page.list} aria-labelledby="notebooks-list" data-testid="notebook-list">
          {notebooks.map((n) => {
            const format = formatKey(n.format);
            const meta = [
              n.title.trim() ? refLabel(n.ref, t, locale) : '',
              format ? t(format) : '',
              t('tab.notebooks.list.resources', { n: n.resourceCount }),
              n.tags.length > 0 ? t('tab.notebooks.list.tags', { tags: n.tags.join(', ') }) : '',
              searching && !n.matched ? t('tab.notebooks.list.byResource') : '',
            ].filter(Boolean);
            return (
              <li key={n.id} data-notebook-id={n.id}>
                <a className={page.rowLink} href={hrefOf(n.id)}>
                  <span className={page.rowMain}>
                    <span className={page.rowTitle}>{notebookName(n, t, locale)}</span>
                    <span className={page.rowMeta}>{meta.join(' · ')}</span>
                  </span>
                  <NotebookStatusBadge status={n.status} />
                </a>
              </li>
            );
          })}
        </ul>
      )}
      {resources.length > 0 && (
        <>
          <Subtitle2 as="h3" id="notebooks-found" className={styles.heading}>
            {t('tab.notebooks.found.title')}
          </Subtitle2>
          <Body1 as="p" className={styles.status}>
            {t('tab.notebooks.found.count', { n: resources.length })}
          </Body1>
          <ul className={page.list} aria-labelledby="notebooks-found" data-testid="found-resources">
            {resources.map((hit) => (
              <li key={`${hit.notebookId}/${hit.resource.id}`} className={styles.found} data-resource-id={hit.resource.id}>
                <ResourceLine resource={hit.resource} />
                <Link href={hrefOf(hit.notebookId)}>
                  {t('tab.notebooks.found.in', {
                    notebook: notebookName({ title: hit.notebookTitle, ref: parseNotebookId(hit.notebookId) ?? between }, t, locale),
                  })}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
