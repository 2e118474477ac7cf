import type { Lifecycle, LifecycleStage } from '@elan/core/community/lifecycle';
import type { CommunityView } from '@elan/core/contract';
import { can } from '@elan/core/policies/can';
import { Badge, Body1, Button, makeStyles, MessageBar, MessageBarBody, Spinner, tokens } from '@fluentui/react-components';
import { ArchiveRegular, ArrowUndoRegular, DocumentArrowDownRegular, FlagRegular } from '@fluentui/react-icons';
import { type ReactElement, useState } from 'react';
import { ApiFailure } from '../api/failure';
import { announce } from '../common/announcer';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { failureMessage } from '../common/failureMessage';
import { usePageStyles } from '../common/pageStyles';
import { TitledSection } from '../common/TitledSection';
import { useDownloads } from '../community/useDownloads';
import { formatInstant } from '../i18n/formatDate';
import { useT } from '../i18n/useT';
import { useSession } from '../session/SessionContext';
import { changeLifecycle, legacyPath } from './lifecycleEndpoints';
import { lifecycleMoves, moveKey } from './lifecycleMoves';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: '10px', alignItems: 'flex-start' },
  row: { display: 'flex', flexWrap: 'wrap', gap: '8px', alignItems: 'center' },
  text: { margin: 0 },
  muted: { margin: 0, color: tokens.colorNeutralForeground3 },
});

const icons: Record<LifecycleStage, ReactElement> = {
  closing: <FlagRegular />,
  archived: <ArchiveRegular />,
  active: <ArrowUndoRegular />,
};

type Move = { name: 'idle' } | { name: 'confirming'; to: LifecycleStage } | { name: 'moving'; to: LifecycleStage };

/**
 * The community home's life cycle: its stage (active, closing, archived) for everyone, the legacy document once it
 * is closing, and for facilitators the next move, each confirmed first (closing posts the closing ritual's card
 * to the community's channels; archiving stops anything new from starting).
 */
export function LifecycleSection({ community }: { community: CommunityView }) {
  const { t, locale } = useT();
  const { api } = useSession();
  const page = usePageStyles();
  const styles = useStyles();
  const [lifecycle, setLifecycle] = useState<Lifecycle>(community.lifecycle);
  const [move, setMove] = useState<Move>({ name: 'idle' });
  const [failure, setFailure] = useState<unknown>(undefined);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const { states, download } = useDownloads(['legacy'] as const);
  const mayMove = can(community.role, 'community.lifecycle');
  const stage = lifecycle.stage;

  async function confirm(to: LifecycleStage) {
    setMove({ name: 'moving', to });
    setFailure(undefined);
    try {
      const changed = await changeLifecycle(api, community.id, to);
      setLifecycle(changed.lifecycle);
      const said =
        to === 'closing'
          ? t('tab.lifecycle.done.closing', { n: changed.posted })
          : t('tab.lifecycle.done', { stage: t(`tab.lifecycle.stage.${changed.lifecycle.stage}`) });
      setNotice(said);
      announce(said);
      setMove({ name: 'idle' });
    } catch (error) {
      // Another facilitator moved it at the same moment (412): show the stage stored beside the API's explanation.
      const current =
        error instanceof ApiFailure ? (error.body as { current?: { lifecycle?: Lifecycle } } | undefined)?.current : undefined;
      if (current?.lifecycle) setLifecycle(current.lifecycle);
      setNotice(undefined);
      setFailure(error);
      setMove({ name: 'idle' });
    }
  }

  const lang = community.language;
  const legacy = states.legacy;
  const confirming = move.name === 'confirming' || move.name === 'moving' ? move.to : undefined;

  return (
    <TitledSection headingId="home-lifecycle" title={t('tab.lifecycle.title')} className={page.card} testId="home-lifecycle">
      <div className={styles.stack}>
        <Badge
          appearance="tint"
          shape="rounded"
          color={stage === 'active' ? 'success' : 'warning'}
          data-testid="lifecycle-stage"
          data-stage={stage}
        >
          {t(`tab.lifecycle.stage.${stage}`)}
        </Badge>
        <Body1 as="p" className={styles.text}>
          {t(`tab.lifecycle.about.${stage}`)}
        </Body1>
        {lifecycle.since && lifecycle.by && (
          <Body1 as="p" className={styles.muted}>
            {t('tab.lifecycle.since', { date: formatInstant(locale, lifecycle.since, 'date'), name: lifecycle.by.name })}
          </Body1>
        )}
        {stage !== 'active' && (
          <Button
            icon={legacy.name === 'busy' ? <Spinner size="tiny" /> : <DocumentArrowDownRegular />}
            disabled={legacy.name === 'busy'}
            onClick={() =>
              void download('legacy', {
                path: legacyPath(community.id, lang),
                fallbackName: t('tab.lifecycle.legacy.fileName'),
                preparing: t('tab.docs.preparing'),
                done: t('tab.docs.done'),
              })
            }
          >
            {legacy.name === 'busy' ? t('tab.docs.preparing') : t('tab.lifecycle.legacy')}
          </Button>
        )}
        {legacy.name === 'failed' && (
          <MessageBar intent="error" layout="multiline" data-testid="lifecycle-legacy-error">
            <MessageBarBody>{failureMessage(legacy.error, t)}</MessageBarBody>
          </MessageBar>
        )}
        {mayMove && (
          <div className={styles.row}>
            {lifecycleMoves(stage).map((to) => (
              <Button key={to} icon={icons[to]} disabled={move.name === 'moving'} onClick={() => setMove({ name: 'confirming', to })}>
                {t(moveKey(stage, to))}
              </Button>
            ))}
          </div>
        )}
        {notice && (
          <MessageBar intent="success" layout="multiline" data-testid="lifecycle-notice">
            <MessageBarBody>{notice}</MessageBarBody>
          </MessageBar>
        )}
        {failure !== undefined && (
          <MessageBar intent="error" layout="multiline" data-testid="lifecycle-error">
            <MessageBarBody>{failureMessage(failure, t)}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      <ConfirmDialog
        open={confirming !== undefined}
        title={confirming ? t(moveKey(stage, confirming)) : ''}
        body={confirming ? t(`tab.lifecycle.confirm.${confirming}`) : ''}
        confirmLabel={confirming ? t(moveKey(stage, confirming)) : ''}
        confirmIcon={confirming ? icons[confirming] : undefined}
        busy={move.name === 'moving'}
        onConfirm={() => confirming && void confirm(confirming)}
        onCancel={() => move.name !== 'moving' && setMove({ name: 'idle' })}
      />
    </TitledSection>
  );
}
