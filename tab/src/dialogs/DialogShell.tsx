import {
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  type DialogModalType,
} from '@fluentui/react-components';
import type { ReactElement, ReactNode } from 'react';

/**
 * The frame every dialog of the tab shares: a Fluent dialog with its surface, a title, the content (the
 * children) and a row of actions. Optionally the button that opens it (`trigger`), and `onSubmit`, which
 * makes the body a form so Enter in a field submits it. Close it with `open` rather than by removing it:
 * a Fluent dialog removed while open leaves the page inert.
 */
export function DialogShell({
  open,
  onOpenChange,
  modalType,
  trigger,
  describedBy,
  title,
  titleClassName,
  contentClassName,
  actions,
  fluidActions,
  onSubmit,
  children,
}: {
  open: boolean;
  /** Called with the state the dialog asks for (Escape or a click outside asks to close it). */
  onOpenChange?(open: boolean): void;
  /** "alert" for a dialog that cannot be dismissed without a choice. */
  modalType?: DialogModalType;
  /** The button that opens the dialog, rendered where the dialog stands. */
  trigger?: ReactElement;
  /** The id of the element that describes the dialog. */
  describedBy?: string;
  title: ReactNode;
  titleClassName?: string;
  contentClassName?: string;
  actions: ReactNode;
  /** Actions spread over the dialog's width. */
  fluidActions?: boolean;
  /** Makes the body a form that calls this on submit (the browser's own validation is off). */
  onSubmit?(): void;
  children: ReactNode;
}) {
  const body = (
    <DialogBody>
      <DialogTitle className={titleClassName}>{title}</DialogTitle>
      <DialogContent className={contentClassName}>{children}</DialogContent>
      <DialogActions fluid={fluidActions}>{actions}</DialogActions>
    </DialogBody>
  );
  const surface = (
    <DialogSurface aria-describedby={describedBy}>
      {onSubmit ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            onSubmit();
          }}
          noValidate
        >
          {body}
        </form>
      ) : (
        body
      )}
    </DialogSurface>
  );
  const dialog = { open, modalType, onOpenChange: (_e: unknown, data: { open: boolean }) => onOpenChange?.(data.open) };
  return trigger ? (
    <Dialog {...dialog}>
      <DialogTrigger disableButtonEnhancement>{trigger}</DialogTrigger>
      {surface}
    </Dialog>
  ) : (
    <Dialog {...dialog}>{surface}</Dialog>
  );
}
