import type { CommunityView } from '@elan/core/contract';
import { can } from '@elan/core/policies/can';
import { Link, makeStyles, Subtitle1 } from '@fluentui/react-components';
import { PersonNoteRegular } from '@fluentui/react-icons';
import { usePageStyles } from '../common/pageStyles';
import { useT } from '../i18n/useT';
import { routeHash } from '../routing/routes';
import { SurveyList } from './SurveyList';

const useStyles = makeStyles({
  link: { display: 'inline-flex', alignItems: 'center', gap: '6px', marginBottom: '12px' },
});

/** The community home's surveys: every survey with its status, and (for those who answer) a link to my answers. */
export function SurveysSection({ community }: { community: CommunityView }) {
  const { t } = useT();
  const page = usePageStyles();
  const styles = useStyles();
  return (
    <section className={page.card} aria-labelledby="home-surveys" data-testid="home-surveys">
      <Subtitle1 as="h2" id="home-surveys" className={page.sectionTitle}>
        {t('tabAsks.home.title')}
      </Subtitle1>
      {can(community.role, 'survey.respond') && (
        <Link className={styles.link} href={routeHash({ name: 'answers', communityId: community.id })}>
          <PersonNoteRegular aria-hidden />
          {t('tabAsks.mine.link')}
        </Link>
      )}
      <SurveyList communityId={community.id} role={community.role} />
    </section>
  );
}
