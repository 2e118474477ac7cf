import { type GriffelStyle, tokens } from '@fluentui/react-components';

/** The raised surface every card and panel of the tab stands on: background, rounded corners, shadow. */
export const raisedSurface: GriffelStyle = {
  backgroundColor: tokens.colorNeutralBackground1,
  borderRadius: tokens.borderRadiusLarge,
  boxShadow: tokens.shadow4,
};

/** A card of a page's main column (a workshop section, the compass): roomy padding, tighter on a phone, its content stacked `gap` apart. */
export const sectionCard = (gap: string): GriffelStyle => ({
  boxSizing: 'border-box',
  ...raisedSurface,
  padding: '20px',
  display: 'flex',
  flexDirection: 'column',
  gap,
  minWidth: 0,
  '@media (max-width: 480px)': { padding: '16px 12px' },
});

/** A panel of a form's aside (ask the members, history, surveys): compact padding, its content stacked. */
export const asidePanel: GriffelStyle = {
  ...raisedSurface,
  padding: '16px',
  display: 'flex',
  flexDirection: 'column',
  gap: '8px',
  minWidth: 0,
};

/** An aside panel's heading, with room for an icon before the text. */
export const asideTitle: GriffelStyle = { margin: 0, display: 'inline-flex', alignItems: 'center', gap: '6px' };

/** A short line of help under an aside panel's heading. */
export const asideHint: GriffelStyle = { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 };
