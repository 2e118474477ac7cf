import { Button, makeStyles } from '@fluentui/react-components';
import { SubmitActions } from '../dialogs/SubmitActions';
import { lazy, type ReactNode, Suspense, useEffect, useRef, useState } from 'react';
import { ErrorState } from '../common/ErrorState';
import { LoadingState } from '../common/LoadingState';
import { DialogShell } from '../dialogs/DialogShell';
import { useT } from '../i18n/useT';

const CardPreview = lazy(() => import('../polls/CardPreview'));

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: '12px' },
});

type Step = { name: 'edit' } | { name: 'sending' } | { name: 'failed'; error: unknown } | { name: 'posted'; card: Record<string, unknown> };

/** What every ask dialog is given: the proposed ask, and the flag and callbacks of a dialog kept mounted. */
export interface AskDialogProps<P, T> {
  communityId: string;
  proposal: P;
  /** Kept mounted and closed with this flag: a Fluent dialog removed while open leaves the page inert. */
  open: boolean;
  onClose(): void;
  onPosted(result: T): void;
}

/** What an ask dialog's own API call answers: what was created and the card members will answer from. */
export interface Posted<T> {
  result: T;
  card: Record<string, unknown>;
}

/**
 * The dialog every "Ask the members" shares: its fields (the children) and a post button; once posted, the
 * card members will answer from, rendered as in Teams, and a button that closes it (which takes the focus).
 * Each ask brings only its own fields, texts and API call.
 */
export function AskDialogFrame<T>({
  open,
  onClose,
  introId,
  title,
  intro,
  postedTitle,
  postedText,
  sendLabel,
  canSend = true,
  post,
  onPosted,
  children,
}: Pick<AskDialogProps<unknown, T>, 'open' | 'onClose' | 'onPosted'> & {
  /** The id of the intro paragraph, which describes the dialog. */
  introId: string;
  title: string;
  intro: string;
  postedTitle: string;
  postedText: string;
  sendLabel: string;
  /** False while the fields hold something the API would refuse. */
  canSend?: boolean;
  /** Creates the ask from the fields. */
  post(): Promise<Posted<T>>;
  children: ReactNode;
}) {
  const { t } = useT();
  const styles = useStyles();
  const [step, setStep] = useState<Step>({ name: 'edit' });
  const doneButton = useRef<HTMLButtonElement>(null);
  const posted = step.name === 'posted';
  // The "post" button is gone once posted: keep the keyboard in the dialog, on the button that closes it.
  useEffect(() => {
    if (posted) doneButton.current?.focus();
  }, [posted]);

  const send = async () => {
    setStep({ name: 'sending' });
    try {
      const { result, card } = await post();
      setStep({ name: 'posted', card });
      onPosted(result);
    } catch (error) {
      setStep({ name: 'failed', error });
    }
  };

  return (
    <DialogShell
      open={open}
      onOpenChange={(next) => !next && onClose()}
      describedBy={introId}
      title={posted ? postedTitle : title}
      contentClassName={styles.stack}
      actions={
        posted ? (
          <Button ref={doneButton} appearance="primary" onClick={onClose}>
            {t('tab.ask.done')}
          </Button>
        ) : (
          <SubmitActions
            label={sendLabel}
            busy={step.name === 'sending'}
            disabled={!canSend}
            onSubmit={() => void send()}
            onCancel={onClose}
          />
        )
      }
    >
      {posted ? (
        <>
          <p id={introId} style={{ margin: 0 }} role="status">
            {postedText}
          </p>
          <Suspense fallback={<LoadingState />}>
            <CardPreview card={step.card} />
          </Suspense>
        </>
      ) : (
        <>
          <p id={introId} style={{ margin: 0 }}>
            {intro}
          </p>
          {children}
          {step.name === 'failed' && <ErrorState error={step.error} />}
        </>
      )}
    </DialogShell>
  );
}
