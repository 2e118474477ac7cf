import { makeStyles } from '@fluentui/react-components';
import { useState } from 'react';
import { AskDialogFrame, type AskDialogProps } from '../asks/AskDialogFrame';
import { useT } from '../i18n/useT';
import { useSession } from '../session/SessionContext';
import { clampInt, durationRange, type SurveyProposal, thresholdRange } from './surveyAsks';
import { createSurvey, type SurveyView } from './surveyEndpoints';
import { RangeField } from './RangeField';
import { SatisfactionAskDialog } from './SatisfactionAskDialog';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: '12px', '& > *': { flexGrow: 1, flexBasis: '10em' } },
  items: { margin: 0, paddingLeft: '20px' },
});

/**
 * "Ask the members" for a survey: what it asks, its anonymity threshold and duration; once posted, the card
 * members answer from, rendered as in Teams.
 */
export function SurveyAskDialog(props: AskDialogProps<SurveyProposal, SurveyView>) {
  // The satisfaction survey has its own editor (statements, wording, invitation).
  return props.proposal.kind === 'satisfaction' ? <SatisfactionAskDialog {...props} /> : <PlainSurveyAskDialog {...props} />;
}

/** The dialog of surveys whose questions are fixed by their kind (or, for the pulse, chosen in the workshop). */
function PlainSurveyAskDialog({ communityId, proposal, open, onClose, onPosted }: AskDialogProps<SurveyProposal, SurveyView>) {
  const { t } = useT();
  const { api } = useSession();
  const styles = useStyles();
  const [threshold, setThreshold] = useState(String(proposal.threshold));
  const [days, setDays] = useState(String(proposal.durationDays));

  const post = async () => {
    const { survey, card } = await createSurvey(api, communityId, {
      kind: proposal.kind,
      ...(proposal.items ? { items: proposal.items } : {}),
      threshold: clampInt(threshold, thresholdRange, proposal.threshold),
      durationDays: clampInt(days, durationRange, proposal.durationDays),
    });
    return { result: survey, card };
  };

  return (
    <AskDialogFrame
      open={open}
      onClose={onClose}
      introId="survey-ask-intro"
      title={t(`tabAsks.button.${proposal.kind}`)}
      intro={t(`tabAsks.intro.${proposal.kind}`)}
      postedTitle={t('tabAsks.postedTitle')}
      postedText={t('tabAsks.posted')}
      sendLabel={t('tabAsks.send')}
      post={post}
      onPosted={onPosted}
    >
      {proposal.items && proposal.items.length > 0 && (
        <div>
          <strong>{t('tabAsks.items')}</strong>
          <ul className={styles.items}>
            {proposal.items.map((id) => (
              <li key={id}>{/^P([1-9]|1[0-5])$/.test(id) ? t(`tab.w6.pulseItem.${id as 'P1'}`) : id}</li>
            ))}
          </ul>
        </div>
      )}
      <div className={styles.row}>
        <RangeField name="threshold" range={thresholdRange} value={threshold} fallback={proposal.threshold} onChange={setThreshold} />
        <RangeField name="duration" range={durationRange} value={days} fallback={proposal.durationDays} onChange={setDays} />
      </div>
    </AskDialogFrame>
  );
}
