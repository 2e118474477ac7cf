import type { PollClosedView, PollView } from '@elan/core/contract';
import { Field, makeStyles, Radio, RadioGroup, Subtitle2, Textarea } from '@fluentui/react-components';
import { SubmitActions } from '../../dialogs/SubmitActions';
import { useId, useState } from 'react';
import { announce } from '../../common/announcer';
import { ErrorState } from '../../common/ErrorState';
import { DialogShell } from '../../dialogs/DialogShell';
import { useT } from '../../i18n/useT';
import { useSession } from '../../session/SessionContext';
import { decideAdvice } from './adviceEndpoints';
import { AdviceGiven } from './AdviceGiven';

const maxRationale = 1000;
const useStyles = makeStyles({ stack: { display: 'flex', flexDirection: 'column', gap: '12px' } });

type Step = { name: 'edit' } | { name: 'saving' } | { name: 'failed'; error: unknown };

/**
 * The proposer of an advice process reads the advice given, decides and says why; the decision goes into the
 * log and the card in the channel shows it. The parent gives each opening a new `key`, so fields start empty.
 */
export function AdviceDecisionDialog({
  communityId,
  poll,
  open,
  onClose,
  onDecided,
}: {
  communityId: string;
  poll: PollView & { advice: NonNullable<PollView['advice']> };
  open: boolean;
  onClose(): void;
  onDecided(closed: PollClosedView): void;
}) {
  const { t } = useT();
  const { api } = useSession();
  const styles = useStyles();
  const introId = useId();
  const [outcome, setOutcome] = useState<'adopted' | 'rejected' | ''>('');
  const [rationale, setRationale] = useState('');
  const [step, setStep] = useState<Step>({ name: 'edit' });
  const trimmed = rationale.trim();
  const tooLong = trimmed.length > maxRationale;

  const record = async () => {
    if (!outcome) return;
    setStep({ name: 'saving' });
    try {
      const closed = await decideAdvice(api, communityId, poll.id, { outcome, rationale: trimmed });
      announce(t('tab.advice.recorded'));
      onDecided(closed);
      onClose();
    } catch (error) {
      setStep({ name: 'failed', error });
    }
  };

  return (
    <DialogShell
      open={open}
      onOpenChange={(next) => !next && onClose()}
      describedBy={introId}
      title={t('tab.advice.decideTitle')}
      contentClassName={styles.stack}
      actions={
        <SubmitActions
          label={t('tab.advice.record')}
          busy={step.name === 'saving'}
          disabled={!outcome || trimmed === '' || tooLong}
          onSubmit={() => void record()}
          onCancel={onClose}
        />
      }
    >
      <p id={introId} style={{ margin: 0 }}>
        {t('tab.advice.decideIntro', { question: poll.question })}
      </p>
      <Subtitle2 as="h3">{t('tab.advice.given')}</Subtitle2>
      <AdviceGiven advice={poll.advice} />
      <Field label={t('tab.advice.outcome')} required>
        <RadioGroup value={outcome} onChange={(_e, d) => setOutcome(d.value as 'adopted' | 'rejected')}>
          <Radio value="adopted" label={t('tab.advice.adopt')} />
          <Radio value="rejected" label={t('tab.advice.reject')} />
        </RadioGroup>
      </Field>
      <Field
        label={t('tab.advice.rationale')}
        required
        validationMessage={tooLong ? t('validation.tooLong', { max: maxRationale }) : undefined}
      >
        <Textarea value={rationale} rows={4} resize="vertical" onChange={(_e, d) => setRationale(d.value)} />
      </Field>
      {step.name === 'failed' && <ErrorState error={step.error} />}
    </DialogShell>
  );
}
