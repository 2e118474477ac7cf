import { Subtitle1, Title2, useId } from '@fluentui/react-components';
import { useCallback } from 'react';
import { getMe } from '../api/endpoints';
import { ErrorState } from '../common/ErrorState';
import { LoadingState } from '../common/LoadingState';
import { usePageStyles } from '../common/pageStyles';
import { useLoad } from '../common/useLoad';
import { usePageTitle } from '../common/usePageTitle';
import { useT } from '../i18n/useT';
import { useSession } from '../session/SessionContext';
import { CommunityList } from './CommunityList';
import { CreateCommunityForm } from './CreateCommunityForm';

/** `#/`: my communities and a form to start a new one. */
export default function HomePage() {
  const { t } = useT();
  const { api } = useSession();
  const styles = usePageStyles();
  const listHeading = useId('communities');
  const createHeading = useId('create');
  const [me, retry] = useLoad(useCallback(() => getMe(api), [api]));
  usePageTitle(t('home.title'));

  return (
    <>
      <div className={styles.head}>
        <Title2 as="h1" className={styles.title}>
          {t('home.title')}
        </Title2>
      </div>
      <div className={styles.columns}>
        <section className={styles.card} aria-labelledby={listHeading}>
          <Subtitle1 as="h2" id={listHeading} className={styles.sectionTitle}>
            {t('tab.home.communities')}
          </Subtitle1>
          {me.status === 'loading' && <LoadingState />}
          {me.status === 'error' && <ErrorState error={me.error} onRetry={retry} />}
          {me.status === 'ready' && <CommunityList communities={me.data.communities} />}
        </section>
        <section className={styles.card}>
          <CreateCommunityForm headingId={createHeading} />
        </section>
      </div>
    </>
  );
}
