import type { CommunityView } from '@elan/core/contract';
import { can } from '@elan/core/policies/can';
import { Body1, makeStyles, mergeClasses, Subtitle2, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useT } from '../i18n/useT';
import { TitledSection } from '../common/TitledSection';
import { EraseCommunity } from '../privacy/EraseCommunity';
import { ExportButtons } from '../privacy/ExportButtons';
import type { CommunityWithRetention } from '../privacy/privacyEndpoints';
import { RetentionSetting } from '../privacy/RetentionSetting';

const useStyles = makeStyles({
  part: { display: 'flex', flexDirection: 'column', gap: '8px', marginTop: '16px' },
  divided: { paddingTop: '16px', borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  heading: { margin: 0, display: 'block' },
  text: { margin: 0 },
  muted: { margin: 0, color: tokens.colorNeutralForeground3 },
});

/** One part of the section: its heading, what it is for (when it says), and its controls; `divided` draws a rule above it. */
function Part({ title, intro, divided = false, children }: { title: string; intro?: string; divided?: boolean; children: ReactNode }) {
  const styles = useStyles();
  return (
    <div className={divided ? mergeClasses(styles.part, styles.divided) : styles.part}>
      <Subtitle2 as="h3" className={styles.heading}>
        {title}
      </Subtitle2>
      {intro !== undefined && (
        <Body1 as="p" className={styles.text}>
          {intro}
        </Body1>
      )}
      {children}
    </div>
  );
}

/** The community home's "Data and privacy" section, for facilitators: retention, export and erasure. */
export function DataAndPrivacy({ community }: { community: CommunityView }) {
  const { t } = useT();
  const styles = useStyles();
  if (!can(community.role, 'community.erase')) return null;
  // The API adds the retention to the community for facilitators only (an older server may not send it).
  const { retention } = community as CommunityWithRetention;

  return (
    <TitledSection headingId="home-privacy" title={t('privacyTab.title')} testId="home-privacy">
      <Body1 as="p" className={styles.muted}>
        {t('privacyTab.intro')}
      </Body1>
      <Part title={t('privacyTab.retention.title')}>
        {retention ? (
          <RetentionSetting communityId={community.id} retention={retention} />
        ) : (
          <Body1 as="p" className={styles.muted}>
            {t('privacyTab.retention.unavailable')}
          </Body1>
        )}
      </Part>
      <Part title={t('privacyTab.export.title')} intro={t('privacyTab.export.intro')} divided>
        <ExportButtons communityId={community.id} />
      </Part>
      <Part title={t('privacyTab.erase.title')} intro={t('privacyTab.erase.intro')} divided>
        <div>
          <EraseCommunity communityId={community.id} communityName={community.name} />
        </div>
      </Part>
    </TitledSection>
  );
}
