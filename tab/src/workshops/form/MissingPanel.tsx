import { Link, makeStyles, MessageBar, MessageBarBody, Subtitle2 } from '@fluentui/react-components';
import { useId } from 'react';
import { useT } from '../../i18n/useT';
import { raisedSurface } from '../../common/cardStyles';
import { focusField } from '../focusField';
import { fieldDomId, pathLabel, type WorkshopLabels } from './labels';

const useStyles = makeStyles({
  panel: { ...raisedSurface, padding: '16px' },
  title: { margin: '0 0 8px' },
  list: { margin: 0, paddingLeft: '20px', display: 'flex', flexDirection: 'column', gap: '4px', overflowWrap: 'anywhere' },
  link: { textAlign: 'left', verticalAlign: 'top' },
});

/** The control to reach for a missing path: the exact one if it is on screen, else the closest enclosing one. */
function targetId(labels: WorkshopLabels, path: string): string {
  const parts = path.split('.');
  for (let i = parts.length; i > 0; i--) {
    const id = fieldDomId(labels.n, parts.slice(0, i).join('.'));
    if (document.getElementById(id)) return id;
  }
  return fieldDomId(labels.n, parts[0]!);
}

/** "What is missing for done": each entry a link that takes the keyboard to the field. */
export function MissingPanel({ missing, readOnly, labels }: { missing: readonly string[]; readOnly: boolean; labels: WorkshopLabels }) {
  const { t } = useT();
  const styles = useStyles();
  const headingId = useId();
  if (missing.length === 0) {
    return (
      <MessageBar intent="success" layout="multiline" data-testid="missing">
        <MessageBarBody>{t('tab.wizard.complete')}</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <section className={styles.panel} aria-labelledby={headingId} data-testid="missing">
      <Subtitle2 as="h2" id={headingId} className={styles.title}>
        {t('tab.wizard.missingTitle')}
      </Subtitle2>
      <ul className={styles.list}>
        {missing.map((path) => (
          <li key={path}>
            {readOnly ? (
              pathLabel(path, labels, t)
            ) : (
              <Link as="button" className={styles.link} onClick={() => focusField(targetId(labels, path))}>
                {pathLabel(path, labels, t)}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
