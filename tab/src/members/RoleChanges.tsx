import type { RoleChange } from '@elan/core/community/members';
import { Body1, makeStyles, tokens } from '@fluentui/react-components';
import { useT } from '../i18n/useT';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '10px' },
  item: { display: 'flex', flexDirection: 'column', gap: '2px', overflowWrap: 'anywhere' },
  when: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

/** The role changes, newest first (as the API sends them): who did what to whom, and when. */
export function RoleChanges({ changes }: { changes: RoleChange[] }) {
  const { t, locale } = useT();
  const styles = useStyles();
  const format = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-CA' : 'en-CA', { dateStyle: 'medium', timeStyle: 'short' });
  if (changes.length === 0) return <Body1 as="p">{t('tab.members.changes.none')}</Body1>;
  return (
    <ol className={styles.list} data-testid="role-changes">
      {changes.map((c, i) => {
        const params = {
          by: c.by.name,
          name: c.name,
          from: c.from ? t(`role.${c.from}`) : '',
          to: c.to ? t(`role.${c.to}`) : '',
        };
        const what =
          c.from === null
            ? t('tab.members.changes.added', params)
            : c.to === null
              ? t('tab.members.changes.removed', params)
              : t('tab.members.changes.changed', params);
        return (
          <li key={`${c.at}-${c.userId}-${i}`} className={styles.item}>
            <span>{what}</span>
            <time className={styles.when} dateTime={c.at}>
              {format.format(new Date(c.at))}
            </time>
          </li>
        );
      })}
    </ol>
  );
}
