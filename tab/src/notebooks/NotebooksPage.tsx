import type { CommunityView, NotebookListView } from '@elan/core/contract';
import { can } from '@elan/core/policies/can';
import type { RitualsDraft } from '@elan/core/workshops/rituals';
import { Body1, Field, Input, Link, makeStyles, Select, Title2 } from '@fluentui/react-components';
import { ArrowLeftRegular, SearchRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useState } from 'react';
import { getCommunity, getWorkshop } from '../api/endpoints';
import { listMeetings, listNotebooks, type NotebookQuery } from '../api/notebooks';
import { ErrorState } from '../common/ErrorState';
import { failureMessage } from '../common/failureMessage';
import { LoadingState } from '../common/LoadingState';
import { usePageStyles } from '../common/pageStyles';
import { TitledSection } from '../common/TitledSection';
import { useLoad } from '../common/useLoad';
import { usePageTitle } from '../common/usePageTitle';
import { useT } from '../i18n/useT';
import { routeHash } from '../routing/routes';
import { useSession } from '../session/SessionContext';
import { meetingChoices } from './meetingChoices';
import { mergeTags } from './notebookText';
import { NotebookList } from './NotebookList';
import { OpenNotebook } from './OpenNotebook';
import { useDebounced } from './useDebounced';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: '20px', minWidth: 0 },
  filters: {
    display: 'grid',
    gap: '12px',
    gridTemplateColumns: 'minmax(0, 1fr)',
    '@media (min-width: 640px)': { gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 1fr)' },
  },
});

/** How long the search waits after the last keystroke before asking the API. */
export const searchDelayMs = 300;

/** `#/c/{id}/notebooks`: the community's notebooks, searched by words and tag; members open a meeting's notebook. */
export default function NotebooksPage({ communityId }: { communityId: string }) {
  const { t } = useT();
  const { api } = useSession();
  const page = usePageStyles();
  const [loaded, retry] = useLoad(useCallback(() => getCommunity(api, communityId), [api, communityId]));
  usePageTitle(t('tab.notebooks.title'));
  return (
    <>
      <Link href={routeHash({ name: 'community', communityId })} className={page.back}>
        <ArrowLeftRegular aria-hidden />
        {t('tab.notebooks.back')}
      </Link>
      {loaded.status === 'loading' && <LoadingState />}
      {loaded.status === 'error' && <ErrorState error={loaded.error} onRetry={retry} />}
      {loaded.status === 'ready' && <Notebooks community={loaded.data} />}
    </>
  );
}

function Notebooks({ community }: { community: CommunityView }) {
  const { t } = useT();
  const page = usePageStyles();
  const styles = useStyles();
  const writes = can(community.role, 'notebook.edit');
  return (
    <div className={styles.stack}>
      <div className={page.head} style={{ marginBottom: 0 }}>
        <span className={page.eyebrow}>{community.name}</span>
        <Title2 as="h1" className={page.title}>
          {t('tab.notebooks.title')}
        </Title2>
        <Body1 as="p" className={page.muted} style={{ margin: 0 }}>
          {t(writes ? 'tab.notebooks.intro.edit' : 'tab.notebooks.intro.readOnly')}
        </Body1>
      </div>
      {writes && <Opener communityId={community.id} />}
      <Search communityId={community.id} />
    </div>
  );
}

/** Loads what the opener offers: workshop 3's series and the meetings the bot recorded. */
function Opener({ communityId }: { communityId: string }) {
  const { api } = useSession();
  const [openedAt] = useState(() => new Date());
  const [loaded, retry] = useLoad(
    useCallback(
      () =>
        Promise.all([getWorkshop(api, communityId, 3), listMeetings(api, communityId)]).then(([w3, meetings]) =>
          meetingChoices(w3.data as RitualsDraft, meetings.meetings, openedAt),
        ),
      [api, communityId, openedAt],
    ),
  );
  if (loaded.status === 'loading') return <LoadingState />;
  if (loaded.status === 'error') return <ErrorState error={loaded.error} onRetry={retry} />;
  return <OpenNotebook communityId={communityId} choices={loaded.data} />;
}

/** The search box, the tag filter and what they find; the API searches, a short while after the last keystroke. */
function Search({ communityId }: { communityId: string }) {
  const { t } = useT();
  const { api } = useSession();
  const styles = useStyles();
  const [text, setText] = useState('');
  const [tag, setTag] = useState('');
  const query: NotebookQuery = useDebounced({ text, tag }, searchDelayMs);
  // The last answer, kept on screen while the next search runs; `busy` until the answer to `query` (and attempt) is in.
  const [result, setResult] = useState<{ view?: NotebookListView; error?: unknown; for?: unknown }>({});
  // Every tag seen so far, so the filter keeps offering them while a search narrows the list.
  const [knownTags, setKnownTags] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    const asked = { query, attempt };
    listNotebooks(api, communityId, query).then(
      (view) => {
        if (!live) return;
        setResult({ view, for: asked });
        setKnownTags((known) => mergeTags(known, view));
      },
      (error: unknown) => live && setResult((r) => ({ ...r, error, for: asked })),
    );
    return () => {
      live = false;
    };
  }, [api, communityId, query, attempt]);
  const answered = result.for as { query: NotebookQuery; attempt: number } | undefined;
  const busy = answered?.query !== query || answered.attempt !== attempt;
  const searching = query.text.trim() !== '' || query.tag !== '';
  return (
    <TitledSection headingId="notebooks-search" title={t('tab.notebooks.search.title')}>
      <div role="search" className={styles.filters}>
        <Field label={{ children: t('tab.notebooks.search.text'), htmlFor: 'notebooks-q' }} hint={t('tab.notebooks.search.hint')}>
          <Input
            id="notebooks-q"
            type="search"
            value={text}
            contentBefore={<SearchRegular aria-hidden />}
            onChange={(_e, d) => setText(d.value)}
          />
        </Field>
        <Field label={{ children: t('tab.notebooks.search.tag'), htmlFor: 'notebooks-tag' }}>
          <Select id="notebooks-tag" value={tag} onChange={(_e, d) => setTag(d.value)}>
            <option value="">{t('tab.notebooks.search.anyTag')}</option>
            {knownTags.map((x) => (
              <option key={x} value={x}>
                {x}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <NotebookList
        communityId={communityId}
        view={result.view}
        busy={busy}
        searching={searching}
        problem={result.error !== undefined && !busy ? failureMessage(result.error, t) : undefined}
        onRetry={() => setAttempt((a) => a + 1)}
      />
    </TitledSection>
  );
}
