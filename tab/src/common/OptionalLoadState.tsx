import { makeStyles, tokens } from '@fluentui/react-components';
import { ApiFailure } from '../api/failure';
import { useT } from '../i18n/useT';
import { ErrorState } from './ErrorState';
import { LoadingState } from './LoadingState';
import type { Load } from './useLoad';

const useStyles = makeStyles({ meta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 } });

/**
 * What a home-page list shows until its data is there: a spinner, or its error with a retry. A 404 (a route
 * this server does not have yet) reads as "not available", not as an error. Renders nothing once ready.
 */
export function OptionalLoadState<T>({ state, retry }: { state: Load<T>; retry(): void }) {
  const { t } = useT();
  const styles = useStyles();
  if (state.status === 'loading') return <LoadingState />;
  if (state.status === 'ready') return null;
  return state.error instanceof ApiFailure && state.error.status === 404 ? (
    <p className={styles.meta}>{t('tab.home.unavailable')}</p>
  ) : (
    <ErrorState error={state.error} onRetry={retry} />
  );
}
