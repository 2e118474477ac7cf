import type { DecisionView } from '@elan/core/contract';
import { Field, Input, makeStyles, MessageBar, MessageBarBody, Textarea } from '@fluentui/react-components';
import { SubmitActions } from '../dialogs/SubmitActions';
import { useId, useState } from 'react';
import { ApiFailure } from '../api/failure';
import { announce } from '../common/announcer';
import { ErrorState } from '../common/ErrorState';
import { DialogShell } from '../dialogs/DialogShell';
import { useT } from '../i18n/useT';
import { useSession } from '../session/SessionContext';
import { writeOutcome } from './decisionEndpoints';

const maxText = 1000;
const useStyles = makeStyles({ stack: { display: 'flex', flexDirection: 'column', gap: '12px' } });

type Step = { name: 'edit' } | { name: 'saving' } | { name: 'failed'; error: unknown } | { name: 'conflict' };

/**
 * Writes a closed decision's outcome statement and optional review date. Shown with `open`; the parent gives
 * each opening a new `key`, so the fields start from what is stored now;
 * when another facilitator saved in between, their version replaces the fields, so nothing is overwritten
 * unread.
 */
export function OutcomeDialog({
  communityId,
  decision,
  open,
  onClose,
  onSaved,
}: {
  communityId: string;
  decision: DecisionView;
  open: boolean;
  onClose(): void;
  onSaved(decision: DecisionView): void;
}) {
  const { t } = useT();
  const { api } = useSession();
  const styles = useStyles();
  const introId = useId();
  const [base, setBase] = useState(decision);
  const [text, setText] = useState(decision.statement?.text ?? '');
  const [reviewOn, setReviewOn] = useState(decision.statement?.reviewOn ?? '');
  const [step, setStep] = useState<Step>({ name: 'edit' });

  const trimmed = text.trim();
  const tooLong = trimmed.length > maxText;
  const save = async () => {
    setStep({ name: 'saving' });
    try {
      const saved = await writeOutcome(api, communityId, base.number, { text: trimmed, reviewOn: reviewOn || null }, base.statementEtag);
      announce(t('tab.decisions.saved'));
      onSaved(saved);
      onClose();
    } catch (error) {
      const current = error instanceof ApiFailure && error.status === 412 ? (error.body as { current?: DecisionView }).current : undefined;
      if (!current) return setStep({ name: 'failed', error });
      setBase(current);
      setText(current.statement?.text ?? '');
      setReviewOn(current.statement?.reviewOn ?? '');
      setStep({ name: 'conflict' });
    }
  };

  return (
    <DialogShell
      open={open}
      onOpenChange={(next) => !next && onClose()}
      describedBy={introId}
      title={t('tab.decisions.dialogTitle', { n: decision.number })}
      contentClassName={styles.stack}
      actions={
        <SubmitActions
          label={t('tab.decisions.save')}
          busy={step.name === 'saving'}
          disabled={trimmed === '' || tooLong}
          onSubmit={() => void save()}
          onCancel={onClose}
        />
      }
    >
      <p id={introId} style={{ margin: 0 }}>
        {t('tab.decisions.dialogIntro', { question: decision.question })}
      </p>
      {step.name === 'conflict' && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t('tab.decisions.conflict')}</MessageBarBody>
        </MessageBar>
      )}
      <Field label={t('tab.decisions.text')} required validationMessage={tooLong ? t('validation.tooLong', { max: maxText }) : undefined}>
        <Textarea value={text} rows={5} resize="vertical" onChange={(_e, d) => setText(d.value)} />
      </Field>
      <Field label={t('tab.decisions.reviewOn')} hint={t('tab.decisions.reviewHint')}>
        <Input type="date" value={reviewOn} onChange={(_e, d) => setReviewOn(d.value)} />
      </Field>
      {step.name === 'failed' && <ErrorState error={step.error} />}
    </DialogShell>
  );
}
