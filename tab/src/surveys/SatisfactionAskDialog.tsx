import { satisfactionLimits } from '@elan/core/surveys/satisfaction/satisfactionItems';
import { Field, makeStyles, Textarea } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import { getCommunity } from '../api/endpoints';
import { AskDialogFrame, type AskDialogProps } from '../asks/AskDialogFrame';
import { ErrorState } from '../common/ErrorState';
import { LoadingState } from '../common/LoadingState';
import { useLoad } from '../common/useLoad';
import { formatInstant } from '../i18n/formatDate';
import { useT } from '../i18n/useT';
import { useSession } from '../session/SessionContext';
import { RangeField } from './RangeField';
import {
  initialSatisfactionDraft,
  invitationTemplate,
  type SatisfactionDraft,
  satisfactionInput,
  satisfactionProblems,
} from './satisfactionDraft';
import { SatisfactionEditor } from './SatisfactionEditor';
import { clampInt, durationRange, type SurveyProposal, thresholdRange } from './surveyAsks';
import { createSurvey, type SurveyView } from './surveyEndpoints';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: '12px', '& > *': { flexGrow: 1, flexBasis: '10em' } },
  problems: { margin: 0, paddingLeft: '20px' },
});

const dayMs = 24 * 3600 * 1000;

/**
 * "Ask the members" for the satisfaction survey: the statements (ticked, reworded, own ones), the invitation at the
 * top of the card (prefilled from the catalog with the community's name and closing date), threshold and duration.
 */
export function SatisfactionAskDialog({ communityId, proposal, open, onClose, onPosted }: AskDialogProps<SurveyProposal, SurveyView>) {
  const { t, locale } = useT();
  const { api } = useSession();
  const styles = useStyles();
  const [loaded, retry] = useLoad(useCallback(() => getCommunity(api, communityId), [api, communityId]));
  const [threshold, setThreshold] = useState(String(proposal.threshold));
  const [days, setDays] = useState(String(proposal.durationDays));
  // Until the facilitator edits something, the draft is the catalog's, for the current duration.
  const [edited, setEdited] = useState<SatisfactionDraft | undefined>(undefined);
  // The closing date the invitation names counts from when the editor opened.
  const [openedAt] = useState(() => Date.now());
  const closesOn = (d: string) =>
    formatInstant(locale, new Date(openedAt + clampInt(d, durationRange, proposal.durationDays) * dayMs).toISOString(), 'date');
  const name = loaded.status === 'ready' ? loaded.data.name : undefined;
  const draft = edited ?? (name !== undefined ? initialSatisfactionDraft(t, name, closesOn(days)) : undefined);
  const problems = draft ? satisfactionProblems(draft) : [];

  const changeDays = (value: string) => {
    setDays(value);
    // An invitation the facilitator has not touched follows the closing date.
    if (edited && !edited.invitationEdited && name !== undefined)
      setEdited({ ...edited, invitation: invitationTemplate(t, name, closesOn(value)) });
  };

  const post = async () => {
    if (!draft) throw new Error('The community is not loaded yet');
    const { survey, card } = await createSurvey(api, communityId, {
      kind: 'satisfaction',
      ...satisfactionInput(draft, t),
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
      title={t('tabAsks.button.satisfaction')}
      intro={t('tabAsks.intro.satisfaction')}
      postedTitle={t('tabAsks.postedTitle')}
      postedText={t('tabAsks.posted')}
      sendLabel={t('tabAsks.send')}
      canSend={draft !== undefined && problems.length === 0}
      post={post}
      onPosted={onPosted}
    >
      {loaded.status === 'loading' && <LoadingState />}
      {loaded.status === 'error' && <ErrorState error={loaded.error} onRetry={retry} />}
      {draft && (
        <>
          <SatisfactionEditor draft={draft} onChange={setEdited} />
          <Field
            label={t('tab.satisfaction.invitation')}
            hint={t('tab.satisfaction.invitationHint', { max: satisfactionLimits.invitation })}
            validationMessage={draft.invitation.trim() === '' ? t('tab.satisfaction.noInvitation') : undefined}
          >
            <Textarea
              value={draft.invitation}
              maxLength={satisfactionLimits.invitation}
              resize="vertical"
              rows={8}
              data-testid="satisfaction-invitation"
              onChange={(_e, d) => setEdited({ ...draft, invitation: d.value, invitationEdited: true })}
            />
          </Field>
          <div className={styles.row}>
            <RangeField name="threshold" range={thresholdRange} value={threshold} fallback={proposal.threshold} onChange={setThreshold} />
            <RangeField name="duration" range={durationRange} value={days} fallback={proposal.durationDays} onChange={changeDays} />
          </div>
          {problems.length > 0 && (
            <ul className={styles.problems} data-testid="satisfaction-problems">
              {problems.map((key) => (
                <li key={key}>{t(key)}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </AskDialogFrame>
  );
}
