import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { ArrowClockwiseRegular } from '@fluentui/react-icons';
import { useT } from '../i18n/useT';
import { failureMessage } from './failureMessage';

/** A failed load or action: what the API said (or a fallback) and a way to try again. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useT();
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t('tab.error.title')}</MessageBarTitle>
        {failureMessage(error, t)}
      </MessageBarBody>
      {onRetry && (
        <MessageBarActions>
          <Button icon={<ArrowClockwiseRegular />} onClick={onRetry}>
            {t('app.retry')}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
