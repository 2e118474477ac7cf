import type { CommunityOfUser } from '@elan/core/community/community';
import { Badge, Body1 } from '@fluentui/react-components';
import { ChevronRightRegular, PeopleCommunityRegular } from '@fluentui/react-icons';
import { usePageStyles } from '../common/pageStyles';
import { useT } from '../i18n/useT';
import { routeHash } from '../routing/routes';

/** My communities, each a link to its wizard, with my role there. */
export function CommunityList({ communities }: { communities: CommunityOfUser[] }) {
  const { t } = useT();
  const styles = usePageStyles();
  if (communities.length === 0) return <Body1 as="p">{t('home.empty')}</Body1>;
  return (
    <ul className={styles.list}>
      {communities.map((c) => (
        <li key={c.id}>
          <a className={styles.rowLink} href={routeHash({ name: 'community', communityId: c.id })}>
            <PeopleCommunityRegular aria-hidden fontSize={24} />
            <span className={styles.rowMain}>
              <span className={styles.rowTitle}>{c.name}</span>
              <span className={styles.rowMeta}>{t(`community.language.${c.language}`)}</span>
            </span>
            <Badge appearance="tint" color={c.role === 'facilitator' ? 'brand' : 'informative'}>
              {t('home.yourRole', { role: t(`role.${c.role}`) })}
            </Badge>
            <ChevronRightRegular aria-hidden />
          </a>
        </li>
      ))}
    </ul>
  );
}
