import { makeStyles, tokens } from '@fluentui/react-components';
import { raisedSurface } from './cardStyles';

/** Building blocks shared by the screens: page head, cards, link rows. */
export const usePageStyles = makeStyles({
  head: { display: 'flex', flexDirection: 'column', gap: '4px', marginBottom: '20px' },
  eyebrow: {
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    textTransform: 'uppercase',
    letterSpacing: '0.04em',
  },
  title: { margin: 0, overflowWrap: 'anywhere', display: 'block' },
  sectionTitle: { margin: '0 0 12px', display: 'block' },
  muted: { color: tokens.colorNeutralForeground3 },
  card: {
    boxSizing: 'border-box',
    ...raisedSurface,
    padding: '20px',
    minWidth: 0,
    '@media (max-width: 480px)': { padding: '16px 12px' },
  },
  columns: {
    display: 'grid',
    gap: '20px',
    gridTemplateColumns: 'minmax(0, 1fr)',
    alignItems: 'start',
    '@media (min-width: 860px)': { gridTemplateColumns: 'minmax(0, 3fr) minmax(280px, 2fr)' },
  },
  back: { display: 'inline-flex', alignItems: 'center', gap: '4px', marginBottom: '12px' },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '8px' },
  rowLink: {
    display: 'flex',
    alignItems: 'center',
    gap: '12px',
    flexWrap: 'wrap',
    padding: '12px 14px',
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    textDecoration: 'none',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover, border: `1px solid ${tokens.colorNeutralStroke1Hover}` },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  rowMain: { display: 'flex', flexDirection: 'column', gap: '2px', flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
  rowTitle: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  rowMeta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  formStack: { display: 'flex', flexDirection: 'column', gap: '16px' },
});
