import { makeStyles, shorthands, tokens } from '@fluentui/react-components';
import { useT } from '../i18n/useT';

// Plain elements, not Fluent's MessageBar and Button: this box shows exactly when a download failed, so it comes
// with the first download, where those two and the icon machinery would weigh some 15 KB gzipped for a box
// rarely seen. The styles copy Fluent's error MessageBar (multiline layout) and its secondary Button from the
// theme's tokens, so the box follows the dark and high-contrast themes as theirs do.
const useStyles = makeStyles({
  root: {
    display: 'grid',
    gridTemplateColumns: 'auto minmax(0, 1fr)',
    gridTemplateAreas: '"icon body" "actions actions"',
    alignItems: 'start',
    boxSizing: 'border-box',
    minHeight: '36px',
    padding: `${tokens.spacingVerticalMNudge} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusDangerBorder1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorStatusDangerBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightRegular,
    lineHeight: tokens.lineHeightBase300,
  },
  icon: {
    gridArea: 'icon',
    display: 'flex',
    alignItems: 'center',
    fontSize: tokens.fontSizeBase500,
    marginRight: tokens.spacingHorizontalS,
    color: tokens.colorStatusDangerForeground1,
  },
  body: { gridArea: 'body', overflowWrap: 'anywhere' },
  actions: { gridArea: 'actions', display: 'flex', justifyContent: 'end', marginTop: tokens.spacingVerticalMNudge },
  // Fluent's Button, medium size, secondary appearance, with an icon before the text (32 px high).
  button: {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    gap: tokens.spacingHorizontalSNudge,
    boxSizing: 'border-box',
    minWidth: '96px',
    minHeight: '32px',
    margin: 0,
    padding: `5px ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase300,
    outlineStyle: 'none',
    cursor: 'pointer',
    ':hover': {
      backgroundColor: tokens.colorNeutralBackground1Hover,
      ...shorthands.borderColor(tokens.colorNeutralStroke1Hover),
      color: tokens.colorNeutralForeground1Hover,
    },
    ':hover:active': {
      backgroundColor: tokens.colorNeutralBackground1Pressed,
      ...shorthands.borderColor(tokens.colorNeutralStroke1Pressed),
      color: tokens.colorNeutralForeground1Pressed,
    },
    // Fluent's focus ring: the border and an inner line in the focus colour, and a transparent outline that
    // forced-colors mode paints.
    ':focus-visible': {
      ...shorthands.borderColor(tokens.colorStrokeFocus2),
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorTransparentStroke}`,
      boxShadow: `0 0 0 ${tokens.strokeWidthThin} ${tokens.colorStrokeFocus2} inset`,
    },
    '@media (forced-colors: active)': {
      ':focus-visible': { ...shorthands.borderColor('ButtonText') },
      ':hover': { backgroundColor: 'HighlightText', ...shorthands.borderColor('Highlight'), color: 'Highlight', forcedColorAdjust: 'none' },
    },
  },
  buttonIcon: { display: 'inline-flex', fontSize: '20px' },
});

// Drawn after Fluent's error MessageBar icon (a diamond with a cross) and its clockwise-arrow retry icon, 20 × 20.
const errorIcon =
  'M7.88 1.88a3 3 0 0 1 4.24 0l6 6a3 3 0 0 1 0 4.24l-6 6a3 3 0 0 1-4.24 0l-6-6a3 3 0 0 1 0-4.24zM13.1 6.9a.5.5 0 0 0-.7 0L10 9.3 7.6 6.9a.5.5 0 0 0-.7.7L9.3 10l-2.4 2.4a.5.5 0 0 0 .7.7l2.4-2.4 2.4 2.4a.5.5 0 0 0 .7-.7L10.7 10l2.4-2.4a.5.5 0 0 0 0-.7';
const retryIcon =
  'M4 10a6 6 0 0 1 10.47-4H12.5a.5.5 0 0 0 0 1h3a.5.5 0 0 0 .5-.5v-3a.5.5 0 0 0-1 0v1.6a7 7 0 1 0 1.98 4.36.5.5 0 1 0-1 .08L16 10a6 6 0 0 1-12 0';

function Icon({ path }: { path: string }) {
  return (
    <svg width="1em" height="1em" viewBox="0 0 20 20" fill="currentColor" aria-hidden="true" focusable="false">
      <path d={path} />
    </svg>
  );
}

/** What a lazy screen shows when its download failed: the error and a button that downloads it again. */
export function ScreenLoadFailed({ onRetry }: { onRetry: () => void }) {
  const { t } = useT();
  const styles = useStyles();
  return (
    <div role="alert" className={styles.root}>
      <span className={styles.icon}>
        <Icon path={errorIcon} />
      </span>
      <div className={styles.body}>{t('app.screenLoadFailed')}</div>
      <div className={styles.actions}>
        <button type="button" className={styles.button} onClick={onRetry}>
          <span className={styles.buttonIcon}>
            <Icon path={retryIcon} />
          </span>
          {t('app.retry')}
        </button>
      </div>
    </div>
  );
}
