import { Body1, Link, ProgressBar, Subtitle1, Title2, useId } from '@fluentui/react-components';
import { ArrowLeftRegular } from '@fluentui/react-icons';
import { useCallback } from 'react';
import { getCommunity } from '../api/endpoints';
import { ErrorState } from '../common/ErrorState';
import { LoadingState } from '../common/LoadingState';
import { usePageStyles } from '../common/pageStyles';
import { useLoad } from '../common/useLoad';
import { usePageTitle } from '../common/usePageTitle';
import { useT } from '../i18n/useT';
import { lazyScreen } from '../routing/lazyScreen';
import { useSession } from '../session/SessionContext';
import { WorkshopList } from './WorkshopList';

// Polls, decisions and documents load after the progress, in their own chunk.
const CommunityDashboard = lazyScreen(() => import('../community/CommunityDashboard'));

/** `#/c/{id}`: the community home: progress across the six workshops, then meetings, polls, decisions, documents. */
export default function WizardPage({ communityId }: { communityId: string }) {
  const { t } = useT();
  const { api } = useSession();
  const styles = usePageStyles();
  const heading = useId('wizard');
  const [community, retry] = useLoad(useCallback(() => getCommunity(api, communityId), [api, communityId]));
  usePageTitle(community.status === 'ready' ? community.data.name : undefined);

  return (
    <>
      <Link href="#/" className={styles.back}>
        <ArrowLeftRegular aria-hidden />
        {t('tab.wizard.backToHome')}
      </Link>
      {community.status === 'loading' && <LoadingState />}
      {community.status === 'error' && <ErrorState error={community.error} onRetry={retry} />}
      {community.status === 'ready' && (
        <>
          <div className={styles.head}>
            <span className={styles.eyebrow}>{t('home.yourRole', { role: t(`role.${community.data.role}`) })}</span>
            <Title2 as="h1" className={styles.title}>
              {community.data.name}
            </Title2>
          </div>
          <section className={styles.card} aria-labelledby={heading} style={{ marginBottom: 20 }}>
            <Subtitle1 as="h2" id={heading} className={styles.sectionTitle}>
              {t('wizard.title')}
            </Subtitle1>
            <ProgressSummary
              done={community.data.workshops.filter((w) => w.state === 'done' || w.state === 'adopted').length}
              adopted={community.data.workshops.filter((w) => w.state === 'adopted').length}
            />
            <WorkshopList communityId={communityId} workshops={community.data.workshops} />
          </section>
          <CommunityDashboard community={community.data} />
        </>
      )}
    </>
  );
}

function ProgressSummary({ done, adopted }: { done: number; adopted: number }) {
  const { t } = useT();
  const label = t('tab.wizard.progress', { done, adopted });
  return (
    <div style={{ margin: '0 0 16px', display: 'flex', flexDirection: 'column', gap: 6 }}>
      <Body1 as="p" style={{ margin: 0 }}>
        {label}
      </Body1>
      <ProgressBar value={done} max={6} thickness="large" aria-label={label} />
    </div>
  );
}
