import type { CommunityView } from '@elan/core/contract';
import { can } from '@elan/core/policies/can';
import { Body1, makeStyles, mergeClasses, Subtitle1, Subtitle2, tokens } from '@fluentui/react-components';
import { usePageStyles } from '../common/pageStyles';
import { useT } from '../i18n/useT';
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

/** The community home's "Data and privacy" section, for facilitators: retention, export and erasure. */
export function DataAndPrivacy({ community }: { community: CommunityView }) {
  const { t } = useT();
  const page = usePageStyles();
  const styles = useStyles();
  if (!can(community.role, 'community.erase')) return null;
  // The API adds the retention to the community for facilitators only (an older server may not send it).
  const { retention } = community as CommunityWithRetention;

  return (
    <section className={page.card} aria-labelledby="home-privacy" data-testid="home-privacy">
      <Subtitle1 as="h2" id="home-privacy" className={page.sectionTitle}>
        {t('privacyTab.title')}
      </Subtitle1>
      <Body1 as="p" className={styles.muted}>
        {t('privacyTab.intro')}
      </Body1>
      <div className={styles.part}>
        <Subtitle2 as="h3" className={styles.heading}>
          {t('privacyTab.retention.title')}
        </Subtitle2>
        {retention ? (
          <RetentionSetting communityId={community.id} retention={retention} />
        ) : (
          <Body1 as="p" className={styles.muted}>
            {t('privacyTab.retention.unavailable')}
          </Body1>
        )}
      </div>
      <div className={mergeClasses(styles.part, styles.divided)}>
        <Subtitle2 as="h3" className={styles.heading}>
          {t('privacyTab.export.title')}
        </Subtitle2>
        <Body1 as="p" className={styles.text}>
          {t('privacyTab.export.intro')}
        </Body1>
        <ExportButtons communityId={community.id} />
      </div>
      <div className={mergeClasses(styles.part, styles.divided)}>
        <Subtitle2 as="h3" className={styles.heading}>
          {t('privacyTab.erase.title')}
        </Subtitle2>
        <Body1 as="p" className={styles.text}>
          {t('privacyTab.erase.intro')}
        </Body1>
        <div>
          <EraseCommunity communityId={community.id} communityName={community.name} />
        </div>
      </div>
    </section>
  );
}
