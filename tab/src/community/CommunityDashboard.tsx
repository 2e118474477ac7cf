import type { CommunityView } from '@elan/core/contract';
import { Body1, Link, makeStyles, Subtitle1, tokens } from '@fluentui/react-components';
import { PanelRightRegular, PeopleRegular, SlideTextRegular } from '@fluentui/react-icons';
import { useCallback } from 'react';
import { listPolls, type PollView } from '../api/endpoints';
import { ApiFailure } from '../api/failure';
import { ErrorState } from '../common/ErrorState';
import { LoadingState } from '../common/LoadingState';
import { usePageStyles } from '../common/pageStyles';
import { useLoad } from '../common/useLoad';
import { useT } from '../i18n/useT';
import { routeHash } from '../routing/routes';
import { useSession } from '../session/SessionContext';
import { SurveysSection } from '../surveys/SurveysSection';
import { CharterAdoption } from '../decisions/CharterAdoption';
import { DecisionsSection } from '../decisions/DecisionsSection';
import { DataAndPrivacy } from './DataAndPrivacy';
import { Documents } from './Documents';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gap: '20px',
    gridTemplateColumns: 'minmax(0, 1fr)',
    '@media (min-width: 860px)': { gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)' },
  },
  links: { display: 'flex', flexWrap: 'wrap', gap: '8px 20px' },
  link: { display: 'inline-flex', alignItems: 'center', gap: '6px' },
  meta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '10px' },
  item: { display: 'flex', flexDirection: 'column', gap: '2px', overflowWrap: 'anywhere' },
});

/** A list that is optional on this server: a 404 (route not deployed yet) reads as "not available", not an error. */
function Optional<T>({ load, children }: { load: () => Promise<T>; children(data: T): React.ReactNode }) {
  const { t } = useT();
  const styles = useStyles();
  const [state, retry] = useLoad(load);
  if (state.status === 'loading') return <LoadingState />;
  if (state.status === 'error')
    return state.error instanceof ApiFailure && state.error.status === 404 ? (
      <p className={styles.meta}>{t('tab.home.unavailable')}</p>
    ) : (
      <ErrorState error={state.error} onRetry={retry} />
    );
  return <>{children(state.data)}</>;
}

/** The rest of the community home: meeting views, open polls, latest decisions and the documents. */
export default function CommunityDashboard({ community }: { community: CommunityView }) {
  const { t, locale } = useT();
  const { api } = useSession();
  const page = usePageStyles();
  const styles = useStyles();
  const id = community.id;
  const when = (iso: string) =>
    new Intl.DateTimeFormat(locale === 'fr' ? 'fr-CA' : 'en-CA', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  const polls = useCallback(() => listPolls(api, id), [api, id]);

  return (
    <div className={styles.grid}>
      <section className={page.card} aria-labelledby="home-members">
        <Subtitle1 as="h2" id="home-members" className={page.sectionTitle}>
          {t('tab.members.title')}
        </Subtitle1>
        <Link className={styles.link} href={routeHash({ name: 'members', communityId: id })}>
          <PeopleRegular aria-hidden />
          {t('tab.members.link')}
        </Link>
      </section>
      <section className={page.card} aria-labelledby="home-meeting">
        <Subtitle1 as="h2" id="home-meeting" className={page.sectionTitle}>
          {t('tab.home.meeting')}
        </Subtitle1>
        <div className={styles.links}>
          <Link className={styles.link} href={routeHash({ name: 'panel', communityId: id })}>
            <PanelRightRegular aria-hidden />
            {t('tab.home.panel')}
          </Link>
          <Link className={styles.link} href={routeHash({ name: 'stage', communityId: id })}>
            <SlideTextRegular aria-hidden />
            {t('tab.home.stage')}
          </Link>
        </div>
      </section>
      <section className={page.card} aria-labelledby="home-docs">
        <Subtitle1 as="h2" id="home-docs" className={page.sectionTitle}>
          {t('tab.home.documents')}
        </Subtitle1>
        <CharterAdoption communityId={id} charter={community.charter} facilitator={community.role === 'facilitator'} />
        <Documents communityId={id} language={community.language} canSend={community.role === 'facilitator'} />
      </section>
      <section className={page.card} aria-labelledby="home-polls" data-testid="open-polls">
        <Subtitle1 as="h2" id="home-polls" className={page.sectionTitle}>
          {t('tab.home.openPolls')}
        </Subtitle1>
        <Optional load={polls}>
          {(all: PollView[]) => {
            const open = all.filter((p) => p.status === 'open');
            return open.length === 0 ? (
              <Body1 as="p">{t('tab.home.noOpenPolls')}</Body1>
            ) : (
              <ul className={styles.list}>
                {open.map((p) => (
                  <li key={p.id} className={styles.item}>
                    <Link href={routeHash({ name: 'stage', communityId: id, pollId: p.id })}>{p.question}</Link>
                    <span className={styles.meta}>
                      {t('poll.participation', { voters: p.voters, eligible: p.eligible })} ·{' '}
                      {t('tab.home.closes', { date: when(p.closesAt) })}
                    </span>
                  </li>
                ))}
              </ul>
            );
          }}
        </Optional>
      </section>
      <SurveysSection community={community} />
      <DecisionsSection community={community} />
      <DataAndPrivacy community={community} />
    </div>
  );
}
