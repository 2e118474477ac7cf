import type { WorkshopNumber } from '@elan/core/workshops/registry';
import { Link, Title2 } from '@fluentui/react-components';
import { ArrowLeftRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { usePageStyles } from '../common/pageStyles';
import { usePageTitle } from '../common/usePageTitle';
import { useT } from '../i18n/useT';
import { lazyScreen } from '../routing/lazyScreen';
import { routeHash } from '../routing/routes';
import { sessionOwner } from '../session/apiFor';
import { useSession } from '../session/SessionContext';
import { prefetchWorkshopData } from './form/workshopData';
import { Guidance } from './Guidance';

// The editor brings zod, the schemas and the workshop's own form with it; it renders with the catalog parts its
// page came with (the first ones and the workshop's, see Routes.tsx).
const WorkshopEditor = lazyScreen(() => import('./form/WorkshopEditor'), { catalog: 'first' });

/** `#/c/{id}/w/{n}`: a workshop's guidance and its form. */
export default function WorkshopPage({ communityId, n }: { communityId: string; n: WorkshopNumber }) {
  const { t } = useT();
  const { api, persona } = useSession();
  const styles = usePageStyles();
  // During the first render, before the editor's own effects could run (the page remounts on another workshop).
  useState(() => prefetchWorkshopData(sessionOwner(persona), api, communityId, n));
  usePageTitle(t(`workshop.${n}.title`));
  return (
    <>
      <Link href={routeHash({ name: 'community', communityId })} className={styles.back}>
        <ArrowLeftRegular aria-hidden />
        {t('tab.wizard.backToCommunity')}
      </Link>
      <div className={styles.head}>
        <span className={styles.eyebrow}>{t('tab.wizard.workshopNumber', { n })}</span>
        <Title2 as="h1" className={styles.title}>
          {t(`workshop.${n}.title`)}
        </Title2>
      </div>
      <Guidance n={n} />
      <WorkshopEditor communityId={communityId} n={n} />
    </>
  );
}
