import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import { Announcer } from '../common/announcer';
import { useT } from '../i18n/useT';
import { useSession } from '../session/SessionContext';
import { dismissNotice, useNotice } from './notice';
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
        {notice && (
          <MessageBar intent={notice.intent} className={styles.notice}>
            <MessageBarBody>{t(notice.key)}</MessageBarBody>
            <MessageBarActions
              containerAction={
                <Button appearance="transparent" icon={<DismissRegular />} aria-label={t('tab.notice.dismiss')} onClick={dismissNotice} />
              }
            />
          </MessageBar>
        )}
        {children}
      </main>
      <Announcer />
    </div>
  );
}
