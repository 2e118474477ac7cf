import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, tokens } from '@fluentui/react-components';
import { ArrowUndoRegular, DismissRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/useT';
import type { Removal } from './listOps';

/** How long an undo stays on offer. */
export const undoMs = 8000;

const useStyles = makeStyles({
  bar: {
    position: 'fixed',
    left: '50%',
    bottom: '16px',
    transform: 'translateX(-50%)',
    zIndex: 10,
    width: 'min(560px, calc(100vw - 24px))',
    boxShadow: tokens.shadow16,
  },
});

/**
 * "Item removed — Undo", for eight seconds. The countdown stops while the pointer or the keyboard is on the bar,
 * and if the bar goes away while it has focus, focus goes back to the list it came from.
 */
export function UndoBar({
  removal,
  returnFocusId,
  onUndo,
  onDone,
}: {
  removal: Removal;
  returnFocusId: string;
  onUndo(): void;
  onDone(): void;
}) {
  const { t } = useT();
  const styles = useStyles();
  const ref = useRef<HTMLDivElement>(null);
  const [held, setHeld] = useState(false);

  useEffect(() => {
    if (held) return;
    const timer = setTimeout(() => {
      if (ref.current?.contains(document.activeElement)) document.getElementById(returnFocusId)?.focus();
      onDone();
    }, undoMs);
    return () => clearTimeout(timer);
  }, [removal.id, held, onDone, returnFocusId]);

  const leave = (action: () => void) => () => {
    document.getElementById(returnFocusId)?.focus();
    action();
  };

  return (
    <div
      ref={ref}
      className={styles.bar}
      data-testid="undo-bar"
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={(e) => {
        if (!ref.current?.contains(e.relatedTarget as Node | null)) setHeld(false);
      }}
    >
      <MessageBar intent="info">
        <MessageBarBody>{t('tab.undo.removed', { list: removal.label })}</MessageBarBody>
        <MessageBarActions
          containerAction={
            <Button appearance="transparent" icon={<DismissRegular />} aria-label={t('tab.notice.dismiss')} onClick={leave(onDone)} />
          }
        >
          <Button icon={<ArrowUndoRegular />} onClick={leave(onUndo)}>
            {t('tab.undo.undo')}
          </Button>
        </MessageBarActions>
      </MessageBar>
    </div>
  );
}
