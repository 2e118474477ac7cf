import { Button, makeStyles, Subtitle2 } from '@fluentui/react-components';
import { HistoryRegular, PollRegular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import type { PollView } from '../../api/endpoints';
import { announce } from '../../common/announcer';
import { asideHint, asidePanel, asideTitle } from '../../common/cardStyles';
import { AskDialog } from '../../polls/AskDialog';
import { SurveyAsks } from '../../surveys/SurveyAsks';
import { HistoryPanel, type HistoryPanelProps } from './HistoryPanel';
import { DisclosureButton } from '../../common/DisclosureButton';

const useStyles = makeStyles({
  panel: asidePanel,
  head: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: '8px' },
  title: asideTitle,
  hint: asideHint,
});

/** The aside's tools: ask the members (facilitators, where the workshop has a poll) and the version history. */
export function WorkshopTools(props: HistoryPanelProps) {
  const { form, definition, save } = props;
  const { t, readOnly } = form;
  const styles = useStyles();
  const historyId = useId();
  const [asking, setAsking] = useState(false);
  // A new dialog (fresh question and steps) each time it opens; the closed one stays mounted until then.
  const [askRound, setAskRound] = useState(0);
  const [historyOpen, setHistoryOpen] = useState(false);
  const ask = !readOnly ? definition.ask?.(form.draft, t) : undefined;
  const settled = save.status === 'idle' || save.status === 'saved';

  const posted = (poll: PollView) => {
    const target = ask?.proposal?.storeIdAt;
    if (target) form.set(target, poll.id);
    announce(t('tab.ask.posted'));
  };

  return (
    <>
      {ask && (
        <section className={styles.panel} aria-labelledby="ask-title" data-testid="ask-members">
          <Subtitle2 as="h2" id="ask-title" className={styles.title}>
            <PollRegular aria-hidden />
            {t('tab.ask.heading')}
          </Subtitle2>
          <p className={styles.hint}>{ask.hint}</p>
          {ask.proposal && !settled && <p className={styles.hint}>{t('tab.ask.waitForSave')}</p>}
          <div>
            <Button
              appearance="primary"
              icon={<PollRegular />}
              disabled={!ask.proposal || !settled}
              onClick={() => {
                setAskRound(askRound + 1);
                setAsking(true);
              }}
            >
              {t(`tab.ask.button.${form.n === 2 ? 'dots' : 'consent'}`)}
            </Button>
          </div>
          {askRound > 0 && ask.proposal && (
            <AskDialog
              key={askRound}
              communityId={form.communityId}
              n={form.n}
              proposal={ask.proposal}
              open={asking}
              onClose={() => setAsking(false)}
              onPosted={posted}
            />
          )}
        </section>
      )}
      <SurveyAsks form={form} save={save} />
      <section className={styles.panel} aria-labelledby="history-title">
        <div className={styles.head}>
          <Subtitle2 as="h2" id="history-title" className={styles.title}>
            <HistoryRegular aria-hidden />
            {t('tab.history.title')}
          </Subtitle2>
          <DisclosureButton
            open={historyOpen}
            onToggle={setHistoryOpen}
            controls={historyId}
            showLabel={t('tab.history.show')}
            hideLabel={t('tab.history.hide')}
          />
        </div>
        <div id={historyId} hidden={!historyOpen}>
          {historyOpen && <HistoryPanel {...props} />}
        </div>
      </section>
    </>
  );
}
