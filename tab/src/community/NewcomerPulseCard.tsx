import type { CommunityView } from '@elan/core/contract';
import type { NewcomerPulseResults } from '@elan/core/community/newcomerPulse';
import { newcomerPulseLine } from '@elan/core/community/newcomerPulseSummary';
import { can } from '@elan/core/policies/can';
import { makeStyles, tokens } from '@fluentui/react-components';
import { useCallback } from 'react';
import { ErrorState } from '../common/ErrorState';
import { LoadingState } from '../common/LoadingState';
import { TitledSection } from '../common/TitledSection';
import { useLoad } from '../common/useLoad';
import { useT } from '../i18n/useT';
import { useSession } from '../session/SessionContext';
import { getNewcomerPulse } from './newcomerPulseEndpoints';

const useStyles = makeStyles({
  muted: { margin: 0, color: tokens.colorNeutralForeground3 },
  line: { margin: 0, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  body: { display: 'flex', flexDirection: 'column', gap: '6px' },
});

/** The results once read: the counts from the threshold, else how many answered of how many are needed. */
function PulseResults({ results }: { results: NewcomerPulseResults }) {
  const { t } = useT();
  const styles = useStyles();
  if (results.respondents === 0) return <p className={styles.muted}>{t('welcome.pulseResults.none')}</p>;
  const line = newcomerPulseLine(results);
  return (
    <div className={styles.body}>
      <p className={styles.line} data-testid="newcomer-pulse-line">
        {t(line.key, line.params)}
      </p>
      <p className={styles.muted}>{t('welcome.pulseResults.respondents', { n: results.respondents })}</p>
    </div>
  );
}

/** Reads the results, then shows them. */
function LoadedPulse({ communityId }: { communityId: string }) {
  const { api } = useSession();
  const [loaded, reload] = useLoad(useCallback(() => getNewcomerPulse(api, communityId), [api, communityId]));
  if (loaded.status === 'loading') return <LoadingState />;
  if (loaded.status === 'error') return <ErrorState error={loaded.error} onRetry={reload} />;
  return <PulseResults results={loaded.data} />;
}

/** The newcomers' 30-day pulse on the community home, for its facilitators (nothing for others). */
export function NewcomerPulseCard({ community }: { community: CommunityView }) {
  const { t } = useT();
  const styles = useStyles();
  if (!can(community.role, 'digest.receive')) return null;
  return (
    <TitledSection headingId="home-newcomer-pulse" title={t('welcome.pulseResults.title')} testId="newcomer-pulse">
      <p className={styles.muted}>{t('welcome.pulseResults.question')}</p>
      <LoadedPulse communityId={community.id} />
    </TitledSection>
  );
}
