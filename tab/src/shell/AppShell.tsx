import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import { Announcer } from '../common/announcer';
import { useT } from '../i18n/useT';
import { useSession } from '../session/SessionContext';
import { LanguageSwitch } from './LanguageSwitch';
import { dismissNotice, useNotice } from './notice';
import { PreviewBanner } from './PreviewBanner';
import { SkipLink } from './SkipLink';
import { useShellStyles } from './styles';

/** The frame around every screen: skip link, header, local-preview banner, one-off notice, main landmark. */
export function AppShell({ children }: { children: ReactNode }) {
  const { t } = useT();
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
        <LanguageSwitch />
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
