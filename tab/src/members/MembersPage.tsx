import type { Role } from '@elan/core/community/community';
import type { MembersView, MemberView } from '@elan/core/community/members';
import type { CommunityView } from '@elan/core/contract';
import type { MessageKey } from '@elan/core/i18n/fr';
import { Body1, Link, makeStyles, MessageBar, MessageBarBody, Subtitle1, Title2 } from '@fluentui/react-components';
import { ArrowLeftRegular, PersonDeleteRegular } from '@fluentui/react-icons';
import { useCallback, useState } from 'react';
import { getCommunity } from '../api/endpoints';
import { changeRole, listMembers, removeMember } from '../api/members';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { ErrorState } from '../common/ErrorState';
import { failureMessage } from '../common/failureMessage';
import { LoadingState } from '../common/LoadingState';
import { usePageStyles } from '../common/pageStyles';
import { useLoad } from '../common/useLoad';
import { usePageTitle } from '../common/usePageTitle';
import { useT } from '../i18n/useT';
import { TitledSection } from '../common/TitledSection';
import { routeHash } from '../routing/routes';
import { useSession } from '../session/SessionContext';
import { AddMemberForm } from './AddMemberForm';
import { MemberList } from './MemberList';
import { RoleChanges } from './RoleChanges';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: '20px' },
  text: { margin: '0 0 12px' },
  status: { margin: '0 0 12px' },
  problem: { marginBottom: '12px' },
});

/** What the status line says after a role change or a removal (kept as a key, so a language switch applies). */
type Notice = { key: MessageKey; name: string; role?: Role };

/** `#/c/{id}/members`: everyone in the community; facilitators change roles, add people by hand and remove them. */
export default function MembersPage({ communityId }: { communityId: string }) {
  const { t } = useT();
  const { api } = useSession();
  const page = usePageStyles();
  const [loaded, retry] = useLoad(
    useCallback(() => Promise.all([getCommunity(api, communityId), listMembers(api, communityId)]), [api, communityId]),
  );
  usePageTitle(t('tab.members.title'));
  return (
    <>
      <Link href={routeHash({ name: 'community', communityId })} className={page.back}>
        <ArrowLeftRegular aria-hidden />
        {t('tab.members.back')}
      </Link>
      {loaded.status === 'loading' && <LoadingState />}
      {loaded.status === 'error' && <ErrorState error={loaded.error} onRetry={retry} />}
      {loaded.status === 'ready' && <Members community={loaded.data[0]} initial={loaded.data[1]} />}
    </>
  );
}

function Members({ community, initial }: { community: CommunityView; initial: MembersView }) {
  const { t } = useT();
  const { api } = useSession();
  const page = usePageStyles();
  const styles = useStyles();
  const communityId = community.id;
  const [view, setView] = useState(initial);
  // Roles being saved, by person: the drop-down shows them until the API answers.
  const [pending, setPending] = useState<Record<string, Role>>({});
  const [notice, setNotice] = useState<Notice | undefined>(undefined);
  const [problem, setProblem] = useState<{ name: string; error: unknown } | undefined>(undefined);
  const [removal, setRemoval] = useState<{ open: boolean; member?: MemberView; busy: boolean; error?: unknown }>({
    open: false,
    busy: false,
  });

  // The role changes and `canManage` move with every change: read them again (a failure keeps what is shown).
  const refresh = () => listMembers(api, communityId).then(setView, () => undefined);

  async function change(member: MemberView, role: Role) {
    if (role === (pending[member.userId] ?? member.role)) return;
    setPending((p) => ({ ...p, [member.userId]: role }));
    setProblem(undefined);
    setNotice({ key: 'tab.members.role.saving', name: member.name });
    try {
      const saved = await changeRole(api, communityId, member.userId, role);
      setView((v) => ({ ...v, members: v.members.map((m) => (m.userId === saved.userId ? saved : m)) }));
      setNotice({ key: 'tab.members.role.saved', name: saved.name, role: saved.role });
      void refresh();
    } catch (error) {
      setNotice(undefined);
      setProblem({ name: member.name, error });
    } finally {
      // Back to the stored role: the saved one on success, the previous one on failure.
      setPending(({ [member.userId]: _done, ...rest }) => rest);
    }
  }

  async function confirmRemoval() {
    const member = removal.member;
    if (!member || removal.busy) return;
    setRemoval((r) => ({ ...r, busy: true, error: undefined }));
    try {
      await removeMember(api, communityId, member.userId);
      setView((v) => ({ ...v, members: v.members.filter((m) => m.userId !== member.userId) }));
      setRemoval({ open: false, member, busy: false });
      setProblem(undefined);
      setNotice({ key: 'tab.members.remove.done', name: member.name });
      // The row and its button are gone: focus goes back to the list.
      document.getElementById('members-people')?.focus();
      void refresh();
    } catch (error) {
      setRemoval((r) => ({ ...r, busy: false, error }));
    }
  }

  const manage = view.canManage;
  const removed = removal.member;
  return (
    <div className={styles.stack}>
      <div className={page.head} style={{ marginBottom: 0 }}>
        <span className={page.eyebrow}>{community.name}</span>
        <Title2 as="h1" className={page.title}>
          {t('tab.members.title')}
        </Title2>
        <Body1 as="p" className={page.muted} style={{ margin: 0 }}>
          {manage ? t('tab.members.intro.manage') : t('tab.members.intro.readOnly')}
        </Body1>
      </div>
      <section className={page.card} aria-labelledby="members-people">
        <Subtitle1 as="h2" id="members-people" className={page.sectionTitle} tabIndex={-1}>
          {t('tab.members.people')}
        </Subtitle1>
        <Body1 as="p" className={styles.text}>
          {t('tab.members.count', { n: view.members.length })}
        </Body1>
        {/* Always mounted, so screen readers hear each change of its text. */}
        <div role="status" className={styles.status} data-testid="members-status">
          {notice && t(notice.key, { name: notice.name, role: notice.role ? t(`role.${notice.role}`) : '' })}
        </div>
        {problem && (
          <MessageBar intent="error" layout="multiline" role="alert" className={styles.problem} data-testid="members-error">
            <MessageBarBody>
              {t('tab.members.role.failed', { name: problem.name, reason: failureMessage(problem.error, t) })}
            </MessageBarBody>
          </MessageBar>
        )}
        <MemberList
          members={view.members}
          manage={manage}
          roleShown={(m) => pending[m.userId] ?? m.role}
          onRoleChange={(m, role) => void change(m, role)}
          onRemove={(m) => setRemoval({ open: true, member: m, busy: false })}
        />
      </section>
      {manage && (
        <TitledSection headingId="members-add" title={t('tab.members.add.title')}>
          <AddMemberForm
            communityId={communityId}
            onAdded={(added) => {
              setView((v) => ({
                ...v,
                members: [...v.members.filter((m) => m.userId !== added.userId), added].sort((a, b) => a.name.localeCompare(b.name)),
              }));
              void refresh();
            }}
          />
        </TitledSection>
      )}
      {manage && (
        <TitledSection headingId="members-changes" title={t('tab.members.changes.title')}>
          <RoleChanges changes={view.changes} />
        </TitledSection>
      )}
      {/* Kept mounted and closed with a flag: a Fluent dialog removed while open leaves the page inert. */}
      <ConfirmDialog
        open={removal.open}
        title={t('tab.members.remove.title', { name: removed?.name ?? '' })}
        body={t(removed?.status === 'invited' ? 'tab.members.remove.bodyInvited' : 'tab.members.remove.body', {
          name: removed?.name ?? '',
        })}
        problem={
          removal.error !== undefined && (
            <MessageBar intent="error" layout="multiline" role="alert">
              <MessageBarBody>{failureMessage(removal.error, t)}</MessageBarBody>
            </MessageBar>
          )
        }
        confirmLabel={t('tab.members.remove')}
        confirmIcon={<PersonDeleteRegular />}
        busy={removal.busy}
        onConfirm={() => void confirmRemoval()}
        onCancel={() => !removal.busy && setRemoval((r) => ({ ...r, open: false, error: undefined }))}
      />
    </div>
  );
}
