import { can } from '@elan/core/policies/can';
import type { RitualsDraft } from '@elan/core/workshops/rituals';
import { Link, makeStyles, Subtitle2, Title3, tokens } from '@fluentui/react-components';
import { useCallback } from 'react';
import { getCommunity, getWorkshop } from '../api/endpoints';
import { ErrorState } from '../common/ErrorState';
import { LoadingState } from '../common/LoadingState';
import { useLoad } from '../common/useLoad';
import { usePageTitle } from '../common/usePageTitle';
import { useT } from '../i18n/useT';
import { routeHash } from '../routing/routes';
import { useSession } from '../session/SessionContext';
import { AgendaTimer } from './AgendaTimer';
import { QuickNotes } from './QuickNotes';
import { SenseCheck } from './SenseCheck';
import { ShareToStage } from './ShareToStage';

const useStyles = makeStyles({
  root: { maxWidth: '320px', margin: '0 auto', display: 'flex', flexDirection: 'column', gap: '12px' },
  card: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
    padding: '12px',
  },
  title: { margin: 0, overflowWrap: 'anywhere', display: 'block' },
  h2: { margin: '0 0 6px', display: 'block' },
});

/** `#/c/{id}/panel`: the meeting side panel (320 px): today's agenda with its timer, a sense check, quick notes. */
export default function PanelPage({ communityId }: { communityId: string }) {
  const { t } = useT();
  const { api } = useSession();
  const styles = useStyles();
  const [loaded, retry] = useLoad(
    useCallback(() => Promise.all([getCommunity(api, communityId), getWorkshop(api, communityId, 3)]), [api, communityId]),
  );
  usePageTitle(t('tab.panel.title'));
  if (loaded.status === 'loading') return <LoadingState />;
  if (loaded.status === 'error') return <ErrorState error={loaded.error} onRetry={retry} />;
  const [community, rituals] = loaded.data;
  const agenda = ((rituals.data as RitualsDraft).agendaTemplate ?? [])
    .filter((s) => s.label?.trim())
    .map((s) => ({ label: s.label!.trim(), minutes: s.minutes ?? 0 }));
  return (
    <div className={styles.root} data-testid="meeting-panel">
      <div>
        <Title3 as="h1" className={styles.title}>
          {t('tab.panel.title')}
        </Title3>
        <span>{community.name}</span> · <Link href={routeHash({ name: 'community', communityId })}>{t('tab.panel.back')}</Link>
      </div>
      <section className={styles.card} aria-labelledby="panel-agenda">
        <Subtitle2 as="h2" id="panel-agenda" className={styles.h2}>
          {t('tab.panel.agenda')}
        </Subtitle2>
        <AgendaTimer segments={agenda} />
      </section>
      {/* Facilitators only, and only in a Teams meeting that lets the app share to the stage. */}
      {can(community.role, 'poll.create') && <ShareToStage communityId={communityId} />}
      {can(community.role, 'poll.create') && (
        <section className={styles.card} aria-labelledby="panel-sense">
          <Subtitle2 as="h2" id="panel-sense" className={styles.h2}>
            {t('tab.panel.sense.title')}
          </Subtitle2>
          <SenseCheck communityId={communityId} />
        </section>
      )}
      <section className={styles.card} aria-labelledby="panel-notes">
        <Subtitle2 as="h2" id="panel-notes" className={styles.h2}>
          {t('tab.panel.notes.title')}
        </Subtitle2>
        <QuickNotes communityId={communityId} />
      </section>
    </div>
  );
}
