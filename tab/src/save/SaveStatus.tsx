import { Button, makeStyles, mergeClasses, Spinner, tokens } from '@fluentui/react-components';
import {
  ArrowClockwiseRegular,
  CheckmarkCircleRegular,
  CircleSmallFilled,
  ErrorCircleRegular,
  WarningRegular,
} from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import { failureMessage } from '../common/failureMessage';
import { useT } from '../i18n/useT';
import type { SaveStatus as Status } from './autosaveMachine';

const useStyles = makeStyles({
  bar: {
    position: 'sticky',
    top: 0,
    zIndex: 2,
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: '4px 12px',
    padding: '8px 12px',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    minHeight: '40px',
  },
  state: { display: 'inline-flex', alignItems: 'center', gap: '6px', fontWeight: tokens.fontWeightSemibold },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  bad: { color: tokens.colorPaletteRedForeground1 },
  // Foreground2: the darker marigold that keeps 4.5:1 on the bar's background (Foreground1 does not, on light).
  warn: { color: tokens.colorPaletteMarigoldForeground2 },
  meta: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
});

export interface LastSaved {
  at: string;
  by: string;
}

/** The save indicator: a polite live region, so screen readers hear "saved" without losing their place. */
export function SaveStatus({
  status,
  error,
  lastSaved,
  onRetry,
}: {
  status: Status;
  error: unknown;
  lastSaved: LastSaved | undefined;
  onRetry(): void;
}) {
  const { t, locale } = useT();
  const styles = useStyles();
  const look: Record<Status, { icon: ReactNode; text: string; className?: string }> = {
    idle: { icon: <CheckmarkCircleRegular />, text: t('save.idle') },
    pending: { icon: <CircleSmallFilled />, text: t('save.pending') },
    saving: { icon: <Spinner size="extra-tiny" />, text: t('save.saving') },
    saved: { icon: <CheckmarkCircleRegular />, text: t('save.saved'), className: styles.ok },
    invalid: { icon: <WarningRegular />, text: t('save.invalid'), className: styles.warn },
    failed: { icon: <ErrorCircleRegular />, text: t('save.failed'), className: styles.bad },
    conflict: { icon: <WarningRegular />, text: t('error.conflict'), className: styles.warn },
  };
  const { icon, text, className } = look[status];
  const when = lastSaved
    ? new Intl.DateTimeFormat(locale === 'fr' ? 'fr-CA' : 'en-CA', { dateStyle: 'medium', timeStyle: 'short' }).format(
        new Date(lastSaved.at),
      )
    : '';
  return (
    <div className={styles.bar}>
      <div role="status" aria-live="polite" data-testid="save-state" data-status={status} className={mergeClasses(styles.state, className)}>
        <span aria-hidden style={{ display: 'inline-flex' }}>
          {icon}
        </span>
        <span>
          {text}
          {status === 'failed' && error !== undefined && ` ${failureMessage(error, t)}`}
        </span>
      </div>
      {status === 'failed' && (
        <Button size="small" icon={<ArrowClockwiseRegular />} onClick={onRetry}>
          {t('tab.save.retry')}
        </Button>
      )}
      {lastSaved && <span className={styles.meta}>{t('tab.wizard.lastSaved', { date: when, name: lastSaved.by })}</span>}
    </div>
  );
}
