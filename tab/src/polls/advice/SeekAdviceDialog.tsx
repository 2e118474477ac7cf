import type { MemberView } from '@elan/core/community/members';
import type { PollView } from '@elan/core/contract';
import { Checkbox, Field, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { createPoll } from '../../api/endpoints';
import { AskDialogFrame } from '../../asks/AskDialogFrame';
import { DecisionTypeField, type MatrixRows } from '../../decisions/DecisionTypeField';
import { useT } from '../../i18n/useT';
import { useSession } from '../../session/SessionContext';

const maxQuestion = 300;
const maxDetails = 1000;
const maxConsulted = 30;

/**
 * "Seek advice": the proposer says what they propose to decide and whose advice they ask for; the card goes to
 * the channel, and the proposer later records the decision (AdviceDecisionDialog). The matrix row, when chosen,
 * sets the period; advice is always given by name.
 */
export function SeekAdviceDialog({
  communityId,
  matrix,
  members,
  open,
  onClose,
  onPosted,
}: {
  communityId: string;
  /** The workshop-4 rows run by the advice process that this person may open. */
  matrix: MatrixRows;
  /** Everyone the proposer may name (the proposer left out). */
  members: readonly MemberView[];
  open: boolean;
  onClose(): void;
  onPosted(poll: PollView): void;
}) {
  const { t } = useT();
  const { api } = useSession();
  const [question, setQuestion] = useState('');
  const [details, setDetails] = useState('');
  const [consulted, setConsulted] = useState<readonly string[]>([]);
  const [picked, setPicked] = useState<string | null | undefined>(undefined);
  const decisionType = picked !== undefined ? picked : matrix.status === 'ready' ? matrix.initial : null;
  const questionTooLong = question.trim().length > maxQuestion;
  const detailsTooLong = details.trim().length > maxDetails;
  const toggle = (userId: string, on: boolean) =>
    setConsulted((ids) => (on ? [...ids, userId] : ids.filter((id) => id !== userId)).slice(0, maxConsulted));

  const post = async () => {
    const { poll, card } = await createPoll(api, communityId, {
      question: question.trim(),
      method: 'advice',
      ...(details.trim() ? { details: details.trim() } : {}),
      ...(decisionType ? { decisionType } : {}),
      consulted: [...consulted],
    });
    return { result: poll, card };
  };

  return (
    <AskDialogFrame
      open={open}
      onClose={onClose}
      introId="seek-advice-intro"
      title={t('tab.advice.seekTitle')}
      intro={t('tab.advice.seekIntro')}
      postedTitle={t('tab.advice.postedTitle')}
      postedText={t('tab.advice.posted')}
      sendLabel={t('tab.advice.send')}
      canSend={question.trim() !== '' && !questionTooLong && !detailsTooLong && consulted.length > 0 && matrix.status === 'ready'}
      post={post}
      onPosted={onPosted}
    >
      <DecisionTypeField matrix={matrix} value={decisionType} onChange={setPicked} />
      <Field
        label={t('tab.advice.question')}
        required
        validationMessage={questionTooLong ? t('validation.tooLong', { max: maxQuestion }) : undefined}
      >
        <Textarea value={question} rows={2} resize="vertical" onChange={(_e, d) => setQuestion(d.value)} />
      </Field>
      <Field label={t('tab.advice.details')} validationMessage={detailsTooLong ? t('validation.tooLong', { max: maxDetails }) : undefined}>
        <Textarea value={details} rows={3} resize="vertical" onChange={(_e, d) => setDetails(d.value)} />
      </Field>
      <fieldset style={{ border: 0, margin: 0, padding: 0 }} data-testid="advice-consulted">
        <legend style={{ fontWeight: 600, padding: 0 }}>{t('tab.advice.consulted')}</legend>
        <p style={{ margin: '2px 0 6px' }}>{t('tab.advice.consultedHint')}</p>
        {members.length === 0 ? (
          <p style={{ margin: 0 }}>{t('tab.advice.noMembers')}</p>
        ) : (
          members.map((m) => (
            <Checkbox
              key={m.userId}
              label={m.name}
              checked={consulted.includes(m.userId)}
              onChange={(_e, d) => toggle(m.userId, d.checked === true)}
            />
          ))
        )}
      </fieldset>
    </AskDialogFrame>
  );
}
