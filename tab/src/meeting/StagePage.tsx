import type { CommunityView } from '@elan/core/contract';
import type { WorkshopNumber } from '@elan/core/workshops/registry';
import { Field, Link, makeStyles, Select, Title1, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import { getCommunity, getPoll, getWorkshop, listPolls, type PollView } from '../api/endpoints';
import { ErrorState } from '../common/ErrorState';
import { LoadingState } from '../common/LoadingState';
import { useLoad } from '../common/useLoad';
import { usePageTitle } from '../common/usePageTitle';
import { useT } from '../i18n/useT';
import { PollResults } from '../polls/PollResults';
import { routeHash } from '../routing/routes';
import { navigate } from '../routing/useHashRoute';
import { useSession } from '../session/SessionContext';
import { loadDefinition } from '../workshops/form/definitions';
import { formatFieldValue } from '../workshops/form/formatValue';
import { pathLabel } from '../workshops/form/labels';
import { stateLabel } from '../wizard/StateBadge';

const useStyles = makeStyles({
  root: { fontSize: '1.25rem', lineHeight: 1.5, display: 'flex', flexDirection: 'column', gap: '20px' },
  bar: { display: 'flex', flexWrap: 'wrap', gap: '12px', alignItems: 'flex-end' },
  title: { margin: 0, overflowWrap: 'anywhere', display: 'block' },
  fields: {
    margin: 0,
    display: 'grid',
    gap: '16px',
    gridTemplateColumns: 'minmax(0, 1fr)',
    '@media (min-width: 900px)': { gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)' },
  },
  field: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    padding: '16px 20px',
    boxShadow: tokens.shadow4,
    minWidth: 0,
  },
  term: {
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForeground1,
    fontSize: '1rem',
    textTransform: 'uppercase',
    letterSpacing: '0.03em',
  },
  value: { margin: '4px 0 0', whiteSpace: 'pre-line', overflowWrap: 'anywhere', fontSize: '1.5rem' },
  meta: { fontSize: '1.1rem', color: tokens.colorNeutralForeground2, margin: 0 },
});

/** The workshop to show by default: the one the group worked on last, else the first. */
function currentWorkshop(community: Pick<CommunityView, 'workshops'>): WorkshopNumber {
  const touched = community.workshops.filter((w) => w.updatedAt).sort((a, b) => (b.updatedAt! < a.updatedAt! ? -1 : 1));
  return touched[0]?.n ?? 1;
}

function WorkshopSummary({ communityId, n }: { communityId: string; n: WorkshopNumber }) {
  const { t } = useT();
  const { api } = useSession();
  const styles = useStyles();
  const [loaded, retry] = useLoad(
    useCallback(() => Promise.all([getWorkshop(api, communityId, n), loadDefinition[n]().then((m) => m.default)]), [api, communityId, n]),
  );
  if (loaded.status === 'loading') return <LoadingState />;
  if (loaded.status === 'error') return <ErrorState error={loaded.error} onRetry={retry} />;
  const [workshop, definition] = loaded.data;
  const { labels } = definition;
  const refs = definition.refs?.(workshop.data);
  const fields = labels.order.filter((f) => formatFieldValue(f, workshop.data[f], labels, t) !== t('conflict.empty'));
  return (
    <>
      <p className={styles.meta}>{stateLabel(t, workshop.state, workshop.adoptedBy)}</p>
      {fields.length === 0 ? (
        <p>{t('tab.stage.emptyWorkshop')}</p>
      ) : (
        <dl className={styles.fields} data-testid="stage-summary">
          {fields.map((f) => (
            <div key={f} className={styles.field}>
              <dt className={styles.term}>{pathLabel(f, labels, t)}</dt>
              <dd className={styles.value} style={{ marginLeft: 0 }}>
                {formatFieldValue(f, workshop.data[f], labels, t, refs)}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </>
  );
}

function PollStage({ communityId, pollId }: { communityId: string; pollId: string }) {
  const { t } = useT();
  const { api } = useSession();
  const styles = useStyles();
  const [poll, setPoll] = useState<PollView | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  // Results move while people vote: refresh every 10 seconds.
  useEffect(() => {
    let live = true;
    const fetchPoll = () =>
      getPoll(api, communityId, pollId).then(
        (p) => live && (setPoll(p), setError(undefined)),
        (e: unknown) => live && setError(e),
      );
    void fetchPoll();
    const timer = setInterval(() => void fetchPoll(), 10_000);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [api, communityId, pollId]);
  if (error !== undefined && !poll) return <ErrorState error={error} />;
  if (!poll) return <LoadingState />;
  return (
    <div data-testid="stage-poll">
      <p className={styles.value} style={{ fontWeight: 600 }}>
        {poll.question}
      </p>
      {poll.details && <p className={styles.meta}>{poll.details}</p>}
      <p className={styles.meta} aria-live="polite">
        {t('poll.participation', { voters: poll.voters, eligible: poll.eligible })} ·{' '}
        {poll.status === 'open' ? t('tab.stage.open') : t('tab.stage.closed')}
      </p>
      <PollResults poll={poll} size="large" />
    </div>
  );
}

/** `#/c/{id}/stage`: what the room sees on the shared screen: a workshop's summary or a poll's results, large. */
export default function StagePage({ communityId, pollId }: { communityId: string; pollId?: string }) {
  const { t } = useT();
  const { api } = useSession();
  const styles = useStyles();
  const [loaded, retry] = useLoad(
    useCallback(
      () => Promise.all([getCommunity(api, communityId), listPolls(api, communityId).catch(() => [] as PollView[])]),
      [api, communityId],
    ),
  );
  const [chosen, setChosen] = useState<WorkshopNumber | undefined>(undefined);
  usePageTitle(t('tab.stage.title'));
  if (loaded.status === 'loading') return <LoadingState />;
  if (loaded.status === 'error') return <ErrorState error={loaded.error} onRetry={retry} />;
  const [community, polls] = loaded.data;
  const n = chosen ?? currentWorkshop(community);
  const value = pollId ? `poll:${pollId}` : `w:${n}`;
  return (
    <div className={styles.root} data-testid="stage">
      <div className={styles.bar}>
        <Field label={t('tab.stage.show')}>
          <Select
            value={value}
            onChange={(_e, d) => {
              if (d.value.startsWith('poll:')) navigate({ name: 'stage', communityId, pollId: d.value.slice(5) });
              else {
                setChosen(Number(d.value.slice(2)) as WorkshopNumber);
                if (pollId) navigate({ name: 'stage', communityId });
              }
            }}
          >
            {[...community.workshops]
              .sort((a, b) => a.n - b.n)
              .map((w) => (
                <option key={w.n} value={`w:${w.n}`}>
                  {t('tab.stage.workshopOption', { n: w.n, title: t(`workshop.${w.n}.title`) })}
                </option>
              ))}
            {polls.map((p) => (
              <option key={p.id} value={`poll:${p.id}`}>
                {t('tab.stage.pollOption', { question: p.question.length > 60 ? `${p.question.slice(0, 59)}…` : p.question })}
              </option>
            ))}
            {pollId && !polls.some((p) => p.id === pollId) && <option value={`poll:${pollId}`}>{t('tab.stage.thisPoll')}</option>}
          </Select>
        </Field>
        <Link href={routeHash({ name: 'community', communityId })}>{t('tab.panel.back')}</Link>
      </div>
      <Title1 as="h1" className={styles.title}>
        {pollId ? t('tab.stage.pollTitle') : t(`workshop.${n}.title`)}
      </Title1>
      {pollId ? <PollStage communityId={communityId} pollId={pollId} /> : <WorkshopSummary key={n} communityId={communityId} n={n} />}
    </div>
  );
}
