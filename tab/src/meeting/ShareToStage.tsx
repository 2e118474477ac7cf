import type { MessageKey } from '@elan/core/i18n/fr';
import { Body1, Button, Field, makeStyles, Select, Spinner, tokens } from '@fluentui/react-components';
import { ShareScreenStartRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useState } from 'react';
import { listPolls, type PollView } from '../api/endpoints';
import { announce } from '../common/announcer';
import { useLoad } from '../common/useLoad';
import { useT } from '../i18n/useT';
import { TitledSection } from '../common/TitledSection';
import { type Route, routeHash } from '../routing/routes';
import { useSession } from '../session/SessionContext';
import { type MeetingHost, StageShareError } from '../teams/host';
import { useHost } from '../teams/HostContext';

const useStyles = makeStyles({
  card: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
    padding: '12px',
    display: 'flex',
    flexDirection: 'column',
    gap: '10px',
  },
  h2: { margin: 0, display: 'block' },
  text: { margin: 0 },
  button: { alignSelf: 'flex-start', maxWidth: '100%' },
  error: { margin: 0, color: tokens.colorPaletteRedForeground1 },
});

type StageRoute = Extract<Route, { name: 'stage' }>;

/** The tab's absolute address for a stage route: what Teams loads on the meeting stage. */
export function stageUrl(route: StageRoute, href = window.location.href): string {
  return `${href.replace(/#.*$/, '')}${routeHash(route)}`;
}

/** The sentence for a failed share, by teams-js error code. */
function shareFailureKey(error: unknown): MessageKey {
  const code = error instanceof StageShareError ? error.errorCode : 500;
  if (code === 1000) return 'tab.stage.share.denied'; // PERMISSION_DENIED: not a presenter
  if (code === 100 || code === 501 || code === 9000) return 'tab.stage.share.unsupported'; // platform, context, old client
  return 'tab.stage.share.failed';
}

/**
 * "Share to stage" in the meeting side panel: the current workshop view or a poll's results, on everyone's
 * screen. Shown only inside a Teams meeting that lets this app share (never in local preview).
 */
export function ShareToStage({ communityId }: { communityId: string }) {
  const host = useHost();
  const meeting = host.kind === 'teams' ? host.meeting : undefined;
  const [allowed, setAllowed] = useState(false);
  useEffect(() => {
    if (!meeting) return;
    let live = true;
    void meeting.canShare().then((ok) => live && setAllowed(ok));
    return () => {
      live = false;
    };
  }, [meeting]);
  if (!meeting || !allowed) return null;
  return <ShareControls communityId={communityId} meeting={meeting} />;
}

type Outcome = { name: 'idle' } | { name: 'sharing' } | { name: 'done' } | { name: 'failed'; key: MessageKey };

function ShareControls({ communityId, meeting }: { communityId: string; meeting: MeetingHost }) {
  const { t } = useT();
  const { api } = useSession();
  const styles = useStyles();
  const [polls] = useLoad(useCallback(() => listPolls(api, communityId).catch(() => [] as PollView[]), [api, communityId]));
  const [pollId, setPollId] = useState('');
  const [outcome, setOutcome] = useState<Outcome>({ name: 'idle' });
  const list = polls.status === 'ready' ? polls.data : [];
  const chosen = pollId || list[0]?.id || '';

  async function share(route: StageRoute) {
    if (outcome.name === 'sharing') return;
    setOutcome({ name: 'sharing' });
    try {
      await meeting.share(stageUrl(route));
      setOutcome({ name: 'done' });
      announce(t('tab.stage.share.done'));
    } catch (error) {
      const key = shareFailureKey(error);
      setOutcome({ name: 'failed', key });
      announce(t(key));
    }
  }

  const sharing = outcome.name === 'sharing';
  const icon = sharing ? <Spinner size="tiny" /> : <ShareScreenStartRegular />;
  return (
    <TitledSection
      headingId="panel-share"
      title={t('tab.stage.share.title')}
      subtitle={2}
      className={styles.card}
      titleClassName={styles.h2}
      testId="share-to-stage"
    >
      <Body1 as="p" className={styles.text}>
        {t('tab.stage.share.intro')}
      </Body1>
      <Button className={styles.button} icon={icon} disabledFocusable={sharing} onClick={() => void share({ name: 'stage', communityId })}>
        {t('tab.stage.share.workshop')}
      </Button>
      {list.length === 0 ? (
        polls.status === 'ready' && (
          <Body1 as="p" className={styles.text}>
            {t('tab.stage.share.noPolls')}
          </Body1>
        )
      ) : (
        <>
          <Field label={t('tab.stage.share.poll')}>
            <Select value={chosen} onChange={(_e, d) => setPollId(d.value)}>
              {list.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.question.length > 60 ? `${p.question.slice(0, 59)}…` : p.question}
                </option>
              ))}
            </Select>
          </Field>
          <Button
            className={styles.button}
            icon={icon}
            disabledFocusable={sharing}
            onClick={() => void share({ name: 'stage', communityId, pollId: chosen })}
          >
            {t('tab.stage.share.pollButton')}
          </Button>
        </>
      )}
      {/* Announced through the shared live region; shown here too. */}
      {outcome.name === 'done' && (
        <Body1 as="p" className={styles.text} data-testid="share-outcome">
          {t('tab.stage.share.done')}
        </Body1>
      )}
      {outcome.name === 'sharing' && (
        <Body1 as="p" className={styles.text} data-testid="share-outcome">
          {t('tab.stage.share.sharing')}
        </Body1>
      )}
      {outcome.name === 'failed' && (
        <Body1 as="p" className={styles.error} data-testid="share-outcome">
          {t(outcome.key)}
        </Body1>
      )}
    </TitledSection>
  );
}
