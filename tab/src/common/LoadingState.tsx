import { Spinner } from '@fluentui/react-components';
import { useT } from '../i18n/useT';

/** The spinner shown while a screen loads. */
export function LoadingState() {
  const { t } = useT();
  return <Spinner label={t('app.loading')} labelPosition="below" style={{ padding: '48px 0' }} />;
}
