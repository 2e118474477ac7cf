import type { LifePhase, LifePhaseView } from '@elan/core/community/lifePhase';
import type { CommunityView } from '@elan/core/contract';
import { can } from '@elan/core/policies/can';
import { Body1, Link, makeStyles, tokens } from '@fluentui/react-components';
import { CalendarRegular, NotebookRegular, WrenchRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import { usePageStyles } from '../common/pageStyles';
import { TitledSection } from '../common/TitledSection';
import { formatInstant } from '../i18n/formatDate';
import { useT } from '../i18n/useT';
import { type Route, routeHash } from '../routing/routes';

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyle: 'none', display: 'flex', flexDirection: 'column', gap: '12px' },
  item: { display: 'flex', flexDirection: 'column', gap: '2px' },
  label: { margin: 0, color: tokens.colorNeutralForeground3 },
  link: { display: 'inline-flex', alignItems: 'center', gap: '6px' },
});

type Place = Exclude<Route, { name: 'notFound' }>;

/**
 * Where the tool of each phase is used (WORKSHOPS.md §2): in preparation a facilitator's own competence checklist
 * (others gather on the members page), then workshops 3 and 6.
 */
function toolOf(phase: LifePhase, communityId: string, facilitator: boolean): Place {
  if (phase === 'preparation') return facilitator ? { name: 'profile', communityId } : { name: 'members', communityId };
  if (phase === 'startUp') return { name: 'workshop', communityId, n: 3 };
  return { name: 'workshop', communityId, n: 6 };
}

/** The phase's next steps, each a link to where it is done: the next workshop, the phase's tool, the next ritual. */
export function WhatToDoNow({ community, phase, view }: { community: CommunityView; phase: LifePhase; view: LifePhaseView }) {
  const { t, locale } = useT();
  const page = usePageStyles();
  const styles = useStyles();
  const id = community.id;
  const n = view.nextWorkshop;
  const facilitator = can(community.role, 'checklist.self');
  // Before the kick-off, the next ritual is planning it; afterwards the next meeting, run from its side panel.
  const ritual: { to: Place; text: string } =
    phase === 'preparation'
      ? { to: { name: 'workshop', communityId: id, n: 3 }, text: t('tab.lifePhase.now.kickOff') }
      : view.nextMeetingAt
        ? {
            to: { name: 'panel', communityId: id },
            text: t('tab.lifePhase.now.nextMeeting', { date: formatInstant(locale, view.nextMeetingAt, 'dateTime') }),
          }
        : { to: { name: 'workshop', communityId: id, n: 3 }, text: t('tab.lifePhase.now.planMeetings') };

  const step = (testId: string, label: string, to: Place, icon: ReactNode, text: string) => (
    <li className={styles.item} data-testid={testId}>
      <Body1 as="p" className={styles.label}>
        {label}
      </Body1>
      <Link className={styles.link} href={routeHash(to)}>
        {icon}
        {text}
      </Link>
    </li>
  );

  return (
    <TitledSection headingId="home-what-now" title={t('tab.lifePhase.now.title')} className={page.card} testId="home-what-now">
      <ul className={styles.list}>
        {step(
          'now-workshop',
          t('tab.lifePhase.now.workshop'),
          { name: 'workshop', communityId: id, n },
          <NotebookRegular aria-hidden />,
          t('tab.lifePhase.now.workshopLink', { n, title: t(`workshop.${n}.title`) }),
        )}
        {step(
          'now-tool',
          t('tab.lifePhase.now.tool'),
          toolOf(phase, id, facilitator),
          <WrenchRegular aria-hidden />,
          t(phase === 'preparation' && !facilitator ? 'tab.lifePhase.now.tool.gather' : `tab.lifePhase.now.tool.${phase}`),
        )}
        {step('now-ritual', t('tab.lifePhase.now.ritual'), ritual.to, <CalendarRegular aria-hidden />, ritual.text)}
      </ul>
    </TitledSection>
  );
}
