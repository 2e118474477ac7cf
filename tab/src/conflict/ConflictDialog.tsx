import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { DialogShell } from '../dialogs/DialogShell';
import { useT } from '../i18n/useT';

/** One field that differs: its label and both versions as text. */
export interface ConflictRow {
  field: string;
  label: string;
  mine: string;
  theirs: string;
}

const useStyles = makeStyles({
  rows: { listStyleType: 'none', margin: '12px 0 0', padding: 0, display: 'flex', flexDirection: 'column', gap: '12px' },
  row: { border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: '10px 12px' },
  field: { margin: '0 0 6px', fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  versions: {
    display: 'grid',
    gap: '8px',
    margin: 0,
    gridTemplateColumns: 'minmax(0, 1fr)',
    '@media (min-width: 560px)': { gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)' },
  },
  version: { margin: 0, padding: '6px 8px', borderRadius: tokens.borderRadiusSmall, backgroundColor: tokens.colorNeutralBackground3 },
  versionTitle: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  value: { margin: 0, whiteSpace: 'pre-line', overflowWrap: 'anywhere' },
  fieldName: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, marginRight: '4px' },
});

/**
 * Someone saved first: show what differs and let the user choose. It is an alert dialog on purpose:
 * it cannot be dismissed without a choice, so nothing is overwritten silently either way.
 */
export function ConflictDialog({
  open = true,
  title,
  theirName,
  rows,
  onKeepMine,
  onTakeTheirs,
}: {
  /** Close with this flag rather than by removing the dialog (a Fluent dialog removed while open leaves the page inert). */
  open?: boolean;
  /** What was changed, when it is not a workshop (the default title says "this workshop"). */
  title?: string;
  theirName: string;
  rows: readonly ConflictRow[];
  onKeepMine(): void;
  onTakeTheirs(): void;
}) {
  const { t } = useT();
  const styles = useStyles();
  return (
    <DialogShell
      open={open}
      modalType="alert"
      describedBy="conflict-body"
      title={title ?? t('conflict.title')}
      fluidActions
      actions={
        <>
          <Button appearance="secondary" onClick={onTakeTheirs}>
            {t('conflict.takeTheirs')}
          </Button>
          <Button appearance="primary" onClick={onKeepMine}>
            {t('conflict.keepMine')}
          </Button>
        </>
      }
    >
      <p id="conflict-body" style={{ marginTop: 0 }}>
        {t('conflict.body', { name: theirName })}
      </p>
      <ul className={styles.rows} data-testid="conflict-rows">
        {rows.map((row) => (
          <li key={row.field} className={styles.row} data-field={row.field}>
            <h3 className={styles.field}>
              <span className={styles.fieldName}>{t('conflict.field')}</span>
              {row.label}
            </h3>
            <div className={styles.versions}>
              <div className={styles.version} data-version="mine">
                <div className={styles.versionTitle}>{t('conflict.yours')}</div>
                <p className={styles.value}>{row.mine}</p>
              </div>
              <div className={styles.version} data-version="theirs">
                <div className={styles.versionTitle}>{t('conflict.theirs', { name: theirName })}</div>
                <p className={styles.value}>{row.theirs}</p>
              </div>
            </div>
          </li>
        ))}
      </ul>
    </DialogShell>
  );
}
