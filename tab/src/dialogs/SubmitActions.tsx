import { Button, Spinner } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { useT } from '../i18n/useT';

/**
 * A dialog's Cancel and its primary action; the action shows a spinner and is disabled while `busy`, and is
 * disabled too while the fields hold something that cannot be sent (`disabled`).
 */
export function SubmitActions({
  label,
  busy,
  disabled = false,
  icon,
  onSubmit,
  onCancel,
}: {
  label: string;
  busy: boolean;
  disabled?: boolean;
  icon?: ReactElement;
  onSubmit(): void;
  onCancel(): void;
}) {
  const { t } = useT();
  return (
    <>
      <Button appearance="secondary" onClick={onCancel}>
        {t('tab.dialog.cancel')}
      </Button>
      <Button appearance="primary" disabled={busy || disabled} icon={busy ? <Spinner size="tiny" /> : icon} onClick={onSubmit}>
        {label}
      </Button>
    </>
  );
}
