import type { WorkshopNumber } from '@elan/core/workshops/registry';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  Spinner,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { createPoll, type PollView } from '../api/endpoints';
import { ErrorState } from '../common/ErrorState';
import { LoadingState } from '../common/LoadingState';
import { useT } from '../i18n/useT';
import { useSession } from '../session/SessionContext';
import type { PollProposal } from '../workshops/form/formApi';

const CardPreview = lazy(() => import('./CardPreview'));

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: '12px' },
  details: {
    margin: 0,
    whiteSpace: 'pre-line',
    padding: '8px 10px',
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
  },
  options: { margin: 0, paddingLeft: '20px' },
});

type Step =
  | { name: 'edit' }
  | { name: 'sending' }
  | { name: 'failed'; error: unknown }
  | { name: 'posted'; poll: PollView; card: Record<string, unknown> };

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
}: {
  communityId: string;
  n: WorkshopNumber;
  proposal: PollProposal;
  /** Kept mounted and closed with this flag: a Fluent dialog removed while open leaves the page inert. */
  open: boolean;
  onClose(): void;
  onPosted(poll: PollView): void;
}) {
  const { t } = useT();
  const { api } = useSession();
  const styles = useStyles();
  const [question, setQuestion] = useState(proposal.question);
  const [dots, setDots] = useState(proposal.dots ?? 3);
  const [step, setStep] = useState<Step>({ name: 'edit' });
  const tooLong = question.trim().length > 300;
  const doneButton = useRef<HTMLButtonElement>(null);
  const posted = step.name === 'posted';
  // The "post" button is gone once posted: keep the keyboard in the dialog, on the button that closes it.
  useEffect(() => {
    if (posted) doneButton.current?.focus();
  }, [posted]);

  const send = async () => {
    setStep({ name: 'sending' });
    try {
      const { poll, card } = await createPoll(api, communityId, {
        question: question.trim(),
        method: proposal.method,
        ...(proposal.details ? { details: proposal.details.slice(0, 1000) } : {}),
        ...(proposal.options ? { options: proposal.options } : {}),
        ...(proposal.method === 'dots' ? { dots } : {}),
        ...(proposal.subject ? { subject: proposal.subject } : {}),
        workshop: n,
      });
      setStep({ name: 'posted', poll, card });
      onPosted(poll);
    } catch (error) {
      setStep({ name: 'failed', error });
    }
  };

  return (
    <Dialog open={open} onOpenChange={(_e, data) => !data.open && onClose()}>
      <DialogSurface aria-describedby="ask-intro">
        <DialogBody>
          <DialogTitle>{posted ? t('tab.ask.postedTitle') : t('tab.ask.title')}</DialogTitle>
          <DialogContent className={styles.stack}>
            {posted ? (
              <>
                <p id="ask-intro" style={{ margin: 0 }} role="status">
                  {t('tab.ask.posted')}
                </p>
                <Suspense fallback={<LoadingState />}>
                  <CardPreview card={step.card} />
                </Suspense>
              </>
            ) : (
              <>
                <p id="ask-intro" style={{ margin: 0 }}>
                  {t(`tab.ask.intro.${proposal.method}`)}
                </p>
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
                {step.name === 'failed' && <ErrorState error={step.error} />}
              </>
            )}
          </DialogContent>
          <DialogActions>
            {posted ? (
              <Button ref={doneButton} appearance="primary" onClick={onClose}>
                {t('tab.ask.done')}
              </Button>
            ) : (
              <>
                <Button appearance="secondary" onClick={onClose}>
                  {t('tab.dialog.cancel')}
                </Button>
                <Button
                  appearance="primary"
                  disabled={step.name === 'sending' || tooLong || question.trim() === ''}
                  icon={step.name === 'sending' ? <Spinner size="tiny" /> : undefined}
                  onClick={() => void send()}
                >
                  {t('tab.ask.send')}
                </Button>
              </>
            )}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
