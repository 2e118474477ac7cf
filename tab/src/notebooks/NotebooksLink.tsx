import { Link, makeStyles, Subtitle1 } from '@fluentui/react-components';
import { NotebookRegular } from '@fluentui/react-icons';
import { usePageStyles } from '../common/pageStyles';
import { useT } from '../i18n/useT';
import { routeHash } from '../routing/routes';

const useStyles = makeStyles({
  link: { display: 'inline-flex', alignItems: 'center', gap: '6px' },
});

/** The community home's card leading to the meeting notebooks (`#/c/{id}/notebooks`), like the members' one. */
export function NotebooksLink({ communityId }: { communityId: string }) {
  const { t } = useT();
  const page = usePageStyles();
  const styles = useStyles();
  return (
    <section className={page.card} aria-labelledby="home-notebooks">
      <Subtitle1 as="h2" id="home-notebooks" className={page.sectionTitle}>
        {t('tab.notebooks.title')}
      </Subtitle1>
      <Link className={styles.link} href={routeHash({ name: 'notebooks', communityId })}>
        <NotebookRegular aria-hidden />
        {t('tab.notebooks.link')}
      </Link>
    </section>
  );
}
