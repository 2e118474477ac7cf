import { Link, makeStyles, MessageBar, MessageBarBody, Subtitle2, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useT } from '../../i18n/useT';
import { focusField } from '../focusField';
import { fieldDomId, pathLabel } from './labels';

const useStyles = makeStyles({
  panel: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
    padding: '16px',
  },
  title: { margin: '0 0 8px' },
  list: { margin: 0, paddingLeft: '20px', display: 'flex', flexDirection: 'column', gap: '4px' },
  link: { textAlign: 'left', verticalAlign: 'top' },
});

/** "What is missing for done": each entry a link that takes the keyboard to the field. */
export function MissingPanel({ missing, readOnly }: { missing: readonly string[]; readOnly: boolean }) {
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
              pathLabel(path, t)
            ) : (
              <Link
                as="button"
                className={styles.link}
                onClick={() => focusField(document.getElementById(fieldDomId(path)) ? fieldDomId(path) : fieldDomId(path.split('.')[0]!))}
              >
                {pathLabel(path, t)}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
