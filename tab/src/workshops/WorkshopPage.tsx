import type { WorkshopNumber } from '@elan/core/workshops/registry';
import { Link, Title2 } from '@fluentui/react-components';
import { ArrowLeftRegular } from '@fluentui/react-icons';
import { lazy, Suspense } from 'react';
import { LoadingState } from '../common/LoadingState';
import { usePageStyles } from '../common/pageStyles';
import { usePageTitle } from '../common/usePageTitle';
import { useT } from '../i18n/useT';
import { routeHash } from '../routing/routes';
import { Guidance } from './Guidance';

// The editor brings zod, the schemas and the workshop's own form with it.
const WorkshopEditor = lazy(() => import('./form/WorkshopEditor'));

/** `#/c/{id}/w/{n}`: a workshop's guidance and its form. */
export default function WorkshopPage({ communityId, n }: { communityId: string; n: WorkshopNumber }) {
  const { t } = useT();
  const styles = usePageStyles();
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
      <Suspense fallback={<LoadingState />}>
        <WorkshopEditor communityId={communityId} n={n} />
      </Suspense>
    </>
  );
}
