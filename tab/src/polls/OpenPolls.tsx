import type { MemberView } from '@elan/core/community/members';
import type { CommunityView, PollView } from '@elan/core/contract';
import { mayOpenPoll } from '@elan/core/decisions/matrixRule';
import { Body1, Button, Link, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkCircleRegular, PeopleCommunityRegular } from '@fluentui/react-icons';
import { useCallback, useState } from 'react';
import { getMe, listPolls } from '../api/endpoints';
import { listMembers } from '../api/members';
import { OptionalLoadState } from '../common/OptionalLoadState';
import { useLoad } from '../common/useLoad';
import { initialRow, type MatrixRows, useMatrixRows } from '../decisions/DecisionTypeField';
import { useT } from '../i18n/useT';
import { routeHash } from '../routing/routes';
import { useSession } from '../session/SessionContext';
import { AdviceDecisionDialog } from './advice/AdviceDecisionDialog';
import { SeekAdviceDialog } from './advice/SeekAdviceDialog';
import { formatInstant } from '../i18n/formatDate';

const useStyles = makeStyles({
  meta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '10px' },
  item: { display: 'flex', flexDirection: 'column', gap: '2px', overflowWrap: 'anywhere', alignItems: 'flex-start' },
  seek: { marginTop: '12px' },
});

type AdvicePoll = PollView & { advice: NonNullable<PollView['advice']> };

/** The advice rows this person may open; a facilitator may also seek advice under workshop 4's general rules. */
function adviceRows(matrix: MatrixRows, role: CommunityView['role']): MatrixRows | undefined {
  if (matrix.status === 'loading') return role === 'facilitator' ? matrix : undefined;
  const rows = matrix.rows.filter((r) => mayOpenPoll(r.whoDecides, role));
  if (rows.length === 0 && role !== 'facilitator') return undefined;
  return {
    status: 'ready',
    rows,
    initial: initialRow(rows, undefined)?.decisionType?.label ?? null,
  };
}

/**
 * The community home's open polls, each linked to its results; an advice process's proposer records the
 * decision here (`onDecided` then tells the page, whose decision log changed), and whoever may seek advice
 * starts one here.
 */
export function OpenPolls({ community, onDecided }: { community: CommunityView; onDecided(): void }) {
  const { t, locale } = useT();
  const { api } = useSession();
  const styles = useStyles();
  const id = community.id;
  const [state, reload] = useLoad(useCallback(() => listPolls(api, id), [api, id]));
  const seekRows = adviceRows(useMatrixRows(id, 'advice', undefined), community.role);
  const [seeking, setSeeking] = useState<{ opening: number; members: MemberView[] | undefined }>({ opening: 0, members: undefined });
  const [seekOpen, setSeekOpen] = useState(false);
  const [deciding, setDeciding] = useState<{ poll: AdvicePoll; opening: number } | undefined>(undefined);
  const [decideOpen, setDecideOpen] = useState(false);
  const when = (iso: string) => formatInstant(locale, iso);

  const seek = () => {
    setSeeking((s) => ({ opening: s.opening + 1, members: undefined }));
    setSeekOpen(true);
    // The people one may name: active members other than oneself (a failed read offers none to pick).
    Promise.all([listMembers(api, id), getMe(api)]).then(
      ([{ members }, me]) => setSeeking((s) => ({ ...s, members: members.filter((m) => m.status === 'active' && m.userId !== me.userId) })),
      () => setSeeking((s) => ({ ...s, members: [] })),
    );
  };
  const decide = (poll: AdvicePoll) => {
    setDeciding((d) => ({ poll, opening: (d?.opening ?? 0) + 1 }));
    setDecideOpen(true);
  };

  const open = state.status === 'ready' ? state.data.filter((p) => p.status === 'open') : [];
  return (
    <>
      <OptionalLoadState state={state} retry={reload} />
      {state.status === 'ready' &&
        (open.length === 0 ? (
          <Body1 as="p">{t('tab.home.noOpenPolls')}</Body1>
        ) : (
          <ul className={styles.list}>
            {open.map((p) => (
              <li key={p.id} className={styles.item}>
                <Link href={routeHash({ name: 'stage', communityId: id, pollId: p.id })}>{p.question}</Link>
                <span className={styles.meta}>
                  {t('poll.participation', { voters: p.voters, eligible: p.eligible })} ·{' '}
                  {p.advice
                    ? t('tab.advice.awaiting', { name: p.advice.proposer.name, date: when(p.closesAt) })
                    : t('tab.home.closes', { date: when(p.closesAt) })}
                </span>
                {p.advice?.mayDecide && (
                  <Button
                    size="small"
                    icon={<CheckmarkCircleRegular />}
                    aria-label={t('tab.advice.decideNamed', { question: p.question })}
                    onClick={() => decide(p as AdvicePoll)}
                  >
                    {t('tab.advice.decide')}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        ))}
      {seekRows && (
        <>
          <Button className={styles.seek} icon={<PeopleCommunityRegular />} onClick={seek}>
            {t('tab.advice.seek')}
          </Button>
          {seeking.opening > 0 && (
            <SeekAdviceDialog
              key={seeking.opening}
              communityId={id}
              matrix={seeking.members ? seekRows : { status: 'loading' }}
              members={seeking.members ?? []}
              open={seekOpen}
              onClose={() => setSeekOpen(false)}
              onPosted={reload}
            />
          )}
        </>
      )}
      {deciding && (
        <AdviceDecisionDialog
          key={deciding.opening}
          communityId={id}
          poll={deciding.poll}
          open={decideOpen}
          onClose={() => setDecideOpen(false)}
          onDecided={() => {
            reload();
            onDecided();
          }}
        />
      )}
    </>
  );
}
