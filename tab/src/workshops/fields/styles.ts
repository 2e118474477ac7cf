import { makeStyles, tokens } from '@fluentui/react-components';

/** Styles shared by the workshop form controls. */
export const useFieldStyles = makeStyles({
  hintRow: { display: 'flex', justifyContent: 'space-between', gap: '12px', flexWrap: 'wrap' },
  counter: { marginLeft: 'auto', fontVariantNumeric: 'tabular-nums', color: tokens.colorNeutralForeground3 },
  counterOver: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  fieldset: { border: 'none', margin: 0, padding: 0, minWidth: 0, display: 'flex', flexDirection: 'column', gap: '8px' },
  legend: {
    padding: 0,
    marginBottom: '4px',
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
  },
  /** A group that is one field (aim) reads like a Fluent Field label, not like a list heading. */
  legendPlain: { fontWeight: tokens.fontWeightRegular },
  hint: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, margin: 0 },
  error: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: '4px',
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorPaletteRedForeground1,
    margin: 0,
  },
  options: { display: 'flex', flexWrap: 'wrap', columnGap: '8px' },
});
