import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useT } from '../i18n/useT';
import { dismissNotice, type Notice } from './notice';
import { useShellStyles } from './styles';

/** The one-off notice of the current screen (e.g. "demo members added"), with its dismiss button. */
export function NoticeBar({ notice }: { notice: Notice }) {
  const { t } = useT();
  const styles = useShellStyles();
  return (
    <MessageBar intent={notice.intent} className={styles.notice}>
      <MessageBarBody>{t(notice.key)}</MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button appearance="transparent" icon={<DismissRegular />} aria-label={t('tab.notice.dismiss')} onClick={dismissNotice} />
        }
      />
    </MessageBar>
  );
}
