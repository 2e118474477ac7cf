import type { WorkshopNumber } from '@elan/core/workshops/registry';
import { Field, Input, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { createPoll, type PollView } from '../api/endpoints';
import { AskDialogFrame, type AskDialogProps } from '../asks/AskDialogFrame';
import { DecisionTypeField, useMatrixRows } from '../decisions/DecisionTypeField';
import { useT } from '../i18n/useT';
import { useSession } from '../session/SessionContext';
import type { PollProposal } from '../workshops/form/formApi';

const useStyles = makeStyles({
  details: {
    margin: 0,
    whiteSpace: 'pre-line',
    padding: '8px 10px',
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
  },
  options: { margin: 0, paddingLeft: '20px' },
});

/**
 * "Ask the members": the poll a workshop proposes, editable before it goes out; once posted, the card members
 * will answer from, rendered as in Teams.
 */
export function AskDialog({
  communityId,
  n,
  proposal,
  open,
  onClose,
  onPosted,
}: AskDialogProps<PollProposal, PollView> & { n?: WorkshopNumber }) {
  const { t } = useT();
  const { api } = useSession();
  const styles = useStyles();
  const [question, setQuestion] = useState(proposal.question);
  const [dots, setDots] = useState(proposal.dots ?? 3);
  const charter = proposal.subject === 'charter';
  const matrix = useMatrixRows(communityId, proposal.method, proposal.decisionKind, charter);
  // Until the facilitator picks, the row of the ask's kind (the matrix decides the rules, not this dialog).
  const [picked, setPicked] = useState<string | null | undefined>(undefined);
  const decisionType = picked !== undefined ? picked : matrix.status === 'ready' ? matrix.initial : null;
  const tooLong = question.trim().length > 300;

  const post = async () => {
    const { poll, card } = await createPoll(api, communityId, {
      question: question.trim(),
      method: proposal.method,
      ...(proposal.details ? { details: proposal.details.slice(0, 1000) } : {}),
      ...(proposal.options ? { options: proposal.options } : {}),
      ...(proposal.method === 'dots' ? { dots } : {}),
      ...(proposal.subject ? { subject: proposal.subject } : {}),
      ...(decisionType ? { decisionType } : {}),
      ...(n ? { workshop: n } : {}),
    });
    return { result: poll, card };
  };

  return (
    <AskDialogFrame
      open={open}
      onClose={onClose}
      introId="ask-intro"
      title={t('tab.ask.title')}
      intro={t(`tab.ask.intro.${proposal.method}`)}
      postedTitle={t('tab.ask.postedTitle')}
      postedText={t('tab.ask.posted')}
      sendLabel={t('tab.ask.send')}
      canSend={!tooLong && question.trim() !== '' && matrix.status === 'ready'}
      post={post}
      onPosted={onPosted}
    >
      {charter ? (
        <p style={{ margin: 0 }}>{t('tab.charter.rule')}</p>
      ) : (
        <DecisionTypeField matrix={matrix} value={decisionType} onChange={setPicked} />
      )}
      <Field label={t('tab.ask.question')} validationMessage={tooLong ? t('validation.tooLong', { max: 300 }) : undefined}>
        <Textarea value={question} rows={3} resize="vertical" onChange={(_e, d) => setQuestion(d.value)} />
      </Field>
      {proposal.details && (
        <div>
          <strong>{t('tab.ask.details')}</strong>
          <p className={styles.details}>{proposal.details}</p>
        </div>
      )}
      {proposal.options && (
        <div>
          <strong>{t('tab.ask.options')}</strong>
          <ul className={styles.options}>
            {proposal.options.map((o) => (
              <li key={o}>{o}</li>
            ))}
          </ul>
        </div>
      )}
      {proposal.method === 'dots' && (
        <Field label={t('tab.ask.dots')} hint={t('tab.ask.dotsHint')}>
          <Input
            type="number"
            min={1}
            max={20}
            value={String(dots)}
            onChange={(_e, d) => setDots(Math.min(20, Math.max(1, Number(d.value) || 1)))}
          />
        </Field>
      )}
    </AskDialogFrame>
  );
}
