import { can } from '@elan/core/policies/can';
import type { RitualsDraft } from '@elan/core/workshops/rituals';
import { Link, makeStyles, Title3, tokens } from '@fluentui/react-components';
import { useCallback } from 'react';
import { getCommunity, getWorkshop } from '../api/endpoints';
import { ErrorState } from '../common/ErrorState';
import { LoadingState } from '../common/LoadingState';
import { useLoad } from '../common/useLoad';
import { usePageTitle } from '../common/usePageTitle';
import { useT } from '../i18n/useT';
import { TitledSection } from '../common/TitledSection';
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
  // The panel's cards look alike: a small heading over each tool.
  const card = { subtitle: 2, className: styles.card, titleClassName: styles.h2 } as const;
  return (
    <div className={styles.root} data-testid="meeting-panel">
      <div>
        <Title3 as="h1" className={styles.title}>
          {t('tab.panel.title')}
        </Title3>
        <span>{community.name}</span> · <Link href={routeHash({ name: 'community', communityId })}>{t('tab.panel.back')}</Link>
      </div>
      <TitledSection headingId="panel-agenda" title={t('tab.panel.agenda')} {...card}>
        <AgendaTimer segments={agenda} />
      </TitledSection>
      {/* Facilitators only, and only in a Teams meeting that lets the app share to the stage. */}
      {can(community.role, 'poll.create') && <ShareToStage communityId={communityId} />}
      {can(community.role, 'poll.create') && (
        <TitledSection headingId="panel-sense" title={t('tab.panel.sense.title')} {...card}>
          <SenseCheck communityId={communityId} />
        </TitledSection>
      )}
      <TitledSection headingId="panel-notes" title={t('tab.panel.notes.title')} {...card}>
        <QuickNotes communityId={communityId} />
      </TitledSection>
    </div>
  );
}
