import { useT } from '../i18n/useT';
import { useShellStyles } from './styles';

/** First focusable element: jumps over the header. It moves focus itself, since `#main` would change the route. */
export function SkipLink() {
  const { t } = useT();
  const styles = useShellStyles();
  return (
    <a
      className={styles.skipLink}
      href="#main"
      onClick={(event) => {
        event.preventDefault();
        document.getElementById('main')?.focus();
      }}
    >
      {t('app.skipToContent')}
    </a>
  );
}
