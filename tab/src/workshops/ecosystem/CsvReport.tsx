import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { T } from '../../i18n/types';

const useStyles = makeStyles({
  problems: { margin: '4px 0 0', paddingLeft: '20px', maxHeight: '12em', overflowY: 'auto' },
});

/** What a CSV import did: a summary (or the missing columns) and each left-out row with its reason. */
export function CsvReport({
  t,
  testId,
  summary,
  missingColumns,
  problems,
  onDismiss,
}: {
  t: T;
  testId: string;
  summary: string;
  missingColumns: readonly string[];
  problems: readonly { key: string; text: string }[];
  onDismiss(): void;
}) {
  const styles = useStyles();
  return (
    <MessageBar
      intent={missingColumns.length > 0 ? 'error' : problems.length > 0 ? 'warning' : 'success'}
      layout="multiline"
      style={{ marginTop: 8 }}
      data-testid={testId}
    >
      <MessageBarBody>
        <MessageBarTitle>
          {missingColumns.length > 0 ? t('tab.w5.csv.missingColumns', { columns: missingColumns.join(', ') }) : summary}
        </MessageBarTitle>
        {problems.length > 0 && (
          <ul className={styles.problems}>
            {problems.map((p) => (
              <li key={p.key}>{p.text}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button appearance="transparent" icon={<DismissRegular />} aria-label={t('tab.notice.dismiss')} onClick={onDismiss} />
        }
      />
    </MessageBar>
  );
}
