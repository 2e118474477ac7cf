import type { ReactNode } from 'react';
import { Announcer } from '../common/announcer';
import { useT } from '../i18n/useT';
import { useSession } from '../session/SessionContext';
import { type Notice, useNotice } from './notice';
import { SkipLink } from './SkipLink';
import { useShellStyles } from './styles';
import { lazyScreen } from '../routing/lazyScreen';

// Local preview only (Teams decides the language and the person): downloaded only there.
const LanguageSwitch = lazyScreen<object>(() => import('./LanguageSwitch').then((m) => ({ default: m.LanguageSwitch })), {
  catalog: 'first',
  fallback: null,
});
const PreviewBanner = lazyScreen<object>(() => import('./PreviewBanner').then((m) => ({ default: m.PreviewBanner })), {
  catalog: 'first',
  fallback: null,
});
// Fluent's MessageBar and Button, downloaded when a screen has a notice to show (rarely: after creating a
// community or erasing one) rather than with the first screen.
const NoticeBar = lazyScreen<{ notice: Notice }>(() => import('./NoticeBar').then((m) => ({ default: m.NoticeBar })), {
  catalog: 'first',
  fallback: null,
});

/** The frame around every screen: skip link, header, local-preview banner, one-off notice, main landmark. */
export function AppShell({ children }: { children: ReactNode }) {
  const { t, setLocale } = useT();
  const { preview } = useSession();
  const notice = useNotice();
  const styles = useShellStyles();
  return (
    <div className={styles.root}>
      <SkipLink />
      <header className={styles.header}>
        <a href="#/" className={styles.brand}>
          <span className={styles.brandName}>{t('app.name')}</span>
          <span className={styles.brandTagline}>{t('app.tagline')}</span>
        </a>
        {setLocale && <LanguageSwitch />}
      </header>
      {preview && <PreviewBanner />}
      <main id="main" tabIndex={-1} className={styles.main}>
        {notice && <NoticeBar notice={notice} />}
        {children}
      </main>
      <Announcer />
    </div>
  );
}
