import { SubmitActions } from '../dialogs/SubmitActions';
import { type ReactElement, type ReactNode, useId } from 'react';
import { DialogShell } from '../dialogs/DialogShell';

/**
 * Asks before an action that changes stored data: a title, what will happen, Cancel and the action. The
 * action's button shows a spinner and is disabled while `busy`; `problem` (an error message) stays inside
 * the dialog so the person can try again or cancel.
 */
export function ConfirmDialog({
  open,
  title,
  body,
  problem,
  confirmLabel,
  confirmIcon,
  busy,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  title: string;
  body: string;
  problem?: ReactNode;
  confirmLabel: string;
  confirmIcon?: ReactElement;
  busy: boolean;
  onConfirm(): void;
  onCancel(): void;
}) {
  const bodyId = useId();
  return (
    <DialogShell
      open={open}
      modalType="alert"
      onOpenChange={(next) => !next && onCancel()}
      describedBy={bodyId}
      title={title}
      actions={<SubmitActions label={confirmLabel} busy={busy} icon={confirmIcon} onSubmit={onConfirm} onCancel={onCancel} />}
    >
      <p id={bodyId} style={{ marginTop: 0 }}>
        {body}
      </p>
      {problem}
    </DialogShell>
  );
}
