import type { CommunityView } from '@elan/core/contract';
import { Link, makeStyles, Subtitle1 } from '@fluentui/react-components';
import { PanelRightRegular, PeopleRegular, SlideTextRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { usePageStyles } from '../common/pageStyles';
import { useT } from '../i18n/useT';
import { routeHash } from '../routing/routes';
import { OpenPolls } from '../polls/OpenPolls';
import { SurveysSection } from '../surveys/SurveysSection';
import { CharterAdoption } from '../decisions/CharterAdoption';
import { DecisionsSection } from '../decisions/DecisionsSection';
import { DataAndPrivacy } from './DataAndPrivacy';
import { Documents } from './Documents';
import { NotebooksLink } from '../notebooks/NotebooksLink';
import { LifecycleSection } from '../lifecycle/LifecycleSection';
import { LifePhaseCard } from './LifePhaseCard';
import { InPersonYear } from './InPersonYear';
import { DigestSetting } from '../digest/DigestSetting';
import { MonthlySetting } from '../monthly/MonthlySetting';
import { TasksCard } from '../tasks/TasksCard';
import { NewcomerPulseCard } from './NewcomerPulseCard';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gap: '20px',
    gridTemplateColumns: 'minmax(0, 1fr)',
    '@media (min-width: 860px)': { gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)' },
  },
  links: { display: 'flex', flexWrap: 'wrap', gap: '8px 20px' },
  link: { display: 'inline-flex', alignItems: 'center', gap: '6px' },
});

/** The rest of the community home: the life phase and what to do now, members, notebooks, meetings, documents, polls, surveys, decisions, my monthly summary, and the facilitators' settings (digest, life cycle, data). */
export default function CommunityDashboard({ community }: { community: CommunityView }) {
  const { t } = useT();
  const [decided, setDecided] = useState(0);
  const page = usePageStyles();
  const styles = useStyles();
  const id = community.id;

  return (
    <div className={styles.grid}>
      <LifePhaseCard community={community} />
      <TasksCard community={community} />
      <NewcomerPulseCard community={community} />
      <section className={page.card} aria-labelledby="home-members">
        <Subtitle1 as="h2" id="home-members" className={page.sectionTitle}>
          {t('tab.members.title')}
        </Subtitle1>
        <Link className={styles.link} href={routeHash({ name: 'members', communityId: id })}>
          <PeopleRegular aria-hidden />
          {t('tab.members.link')}
        </Link>
      </section>
      <NotebooksLink communityId={id} />
      <InPersonYear community={community} />
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
        <OpenPolls community={community} onDecided={() => setDecided((n) => n + 1)} />
      </section>
      <SurveysSection community={community} />
      {/* Read again once a decision is recorded above. */}
      <DecisionsSection key={decided} community={community} />
      <DigestSetting community={community} />
      <MonthlySetting community={community} />
      <LifecycleSection community={community} />
      <DataAndPrivacy community={community} />
    </div>
  );
}
