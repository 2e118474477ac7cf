import { type Role, roles } from '@elan/core/community/community';
import type { MemberView } from '@elan/core/community/members';
import { Button, makeStyles, Select, tokens } from '@fluentui/react-components';
import { PersonDeleteRegular } from '@fluentui/react-icons';
import { usePageStyles } from '../common/pageStyles';
import { useT } from '../i18n/useT';

const useStyles = makeStyles({
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: '8px 16px',
    padding: '10px 12px',
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  main: { display: 'flex', flexDirection: 'column', gap: '2px', flexGrow: 1, flexBasis: '12em', minWidth: 0, overflowWrap: 'anywhere' },
  name: { fontWeight: tokens.fontWeightSemibold },
  meta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  controls: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '8px', maxWidth: '100%' },
  select: { minWidth: '10em', maxWidth: '100%' },
  role: { fontWeight: tokens.fontWeightSemibold },
});

/**
 * Everyone in the community, one row each: name (and UPN, which only facilitators receive), where they come
 * from and whether they are active. With `manage`, a role drop-down per person and Remove for hand-added people.
 */
export function MemberList({
  members,
  manage,
  roleShown,
  onRoleChange,
  onRemove,
}: {
  members: MemberView[];
  manage: boolean;
  /** The role the drop-down shows: the one being saved, else the stored one. */
  roleShown(member: MemberView): Role;
  onRoleChange(member: MemberView, role: Role): void;
  onRemove(member: MemberView): void;
}) {
  const { t } = useT();
  const styles = useStyles();
  const page = usePageStyles();
  return (
    <ul className={page.list} data-testid="member-list">
      {members.map((m) => (
        <li key={m.userId} className={styles.row} data-testid="member-row" data-user-id={m.userId}>
          <div className={styles.main}>
            <span className={styles.name}>{m.name}</span>
            {m.upn && <span className={styles.meta}>{m.upn}</span>}
            <span className={styles.meta} data-testid="member-meta">
              {t(`tab.members.source.${m.source}`)} · <span data-status={m.status}>{t(`tab.members.status.${m.status}`)}</span>
            </span>
          </div>
          <div className={styles.controls}>
            {manage ? (
              <Select
                className={styles.select}
                aria-label={t('tab.members.roleOf', { name: m.name })}
                value={roleShown(m)}
                onChange={(_e, d) => onRoleChange(m, d.value as Role)}
              >
                {roles.map((r) => (
                  <option key={r} value={r}>
                    {t(`role.${r}`)}
                  </option>
                ))}
              </Select>
            ) : (
              <span className={styles.role} data-testid="member-role">
                {t(`role.${m.role}`)}
              </span>
            )}
            {manage && m.source === 'added' && (
              <Button
                icon={<PersonDeleteRegular />}
                aria-label={t('tab.members.remove.label', { name: m.name })}
                onClick={() => onRemove(m)}
              >
                {t('tab.members.remove')}
              </Button>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
