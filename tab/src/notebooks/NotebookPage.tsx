import type { CommunityView, NotebookView } from '@elan/core/contract';
import { can } from '@elan/core/policies/can';
import { Link, makeStyles, mergeClasses, MessageBar, MessageBarBody, Title2 } from '@fluentui/react-components';
import { ArrowLeftRegular } from '@fluentui/react-icons';
import { useCallback, useState } from 'react';
import { getCommunity } from '../api/endpoints';
import { getNotebook } from '../api/notebooks';
import { ErrorState } from '../common/ErrorState';
import { LoadingState } from '../common/LoadingState';
import { usePageStyles } from '../common/pageStyles';
import { useLoad } from '../common/useLoad';
import { usePageTitle } from '../common/usePageTitle';
import { useT } from '../i18n/useT';
import { routeHash } from '../routing/routes';
import { useSession } from '../session/SessionContext';
import { formatKey, NotebookStatusBadge } from './NotebookBits';
import { NotebookEditor } from './NotebookEditor';
import { NotebookReader } from './NotebookReader';
import { notebookName, refLabel } from './notebookText';

const useStyles = makeStyles({
  meta: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '4px 12px', margin: 0 },
  stack: { display: 'flex', flexDirection: 'column', gap: '16px', minWidth: 0 },
});

/** `#/c/{id}/notebooks/{nid}`: one notebook; members and facilitators write it, sponsors read its public part. */
export default function NotebookPage({ communityId, notebookId }: { communityId: string; notebookId: string }) {
  const { t } = useT();
  const { api } = useSession();
  const page = usePageStyles();
  const [loaded, retry] = useLoad(
    useCallback(
      () => Promise.all([getCommunity(api, communityId), getNotebook(api, communityId, notebookId)]),
      [api, communityId, notebookId],
    ),
  );
  usePageTitle(t('tab.notebooks.title'));
  return (
    <>
      <Link href={routeHash({ name: 'notebooks', communityId })} className={page.back}>
        <ArrowLeftRegular aria-hidden />
        {t('tab.notebooks.backToList')}
      </Link>
      {loaded.status === 'loading' && <LoadingState />}
      {loaded.status === 'error' && <ErrorState error={loaded.error} onRetry={retry} />}
      {loaded.status === 'ready' && <Notebook community={loaded.data[0]} initial={loaded.data[1]} />}
    </>
  );
}

function Notebook({ community, initial }: { community: CommunityView; initial: NotebookView }) {
  const { t, locale } = useT();
  const page = usePageStyles();
  const styles = useStyles();
  // The head follows what is stored (title, status) as the editor saves.
  const [view, setView] = useState(initial);
  const writes = can(community.role, 'notebook.edit');
  const format = formatKey(view.format);
  return (
    <div className={styles.stack}>
      <div className={page.head} style={{ marginBottom: 0 }}>
        <span className={page.eyebrow}>{community.name}</span>
        <Title2 as="h1" className={page.title}>
          {notebookName(view, t, locale)}
        </Title2>
        <div className={mergeClasses(page.muted, styles.meta)}>
          <span>{refLabel(view.ref, t, locale)}</span>
          {format && <span>{t(format)}</span>}
          <NotebookStatusBadge status={view.status} />
        </div>
      </div>
      {writes ? (
        <NotebookEditor communityId={community.id} role={community.role} initial={initial} onView={setView} />
      ) : (
        <>
          <MessageBar intent="info" data-testid="read-only">
            <MessageBarBody>{t('tab.notebooks.readOnly')}</MessageBarBody>
          </MessageBar>
          <NotebookReader view={view} />
        </>
      )}
    </div>
  );
}
