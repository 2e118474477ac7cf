import * as AdaptiveCards from 'adaptivecards';
import { makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { useT } from '../i18n/useT';
import { fillCardJson } from './cardTemplating';

const useStyles = makeStyles({
  frame: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: '12px',
    backgroundColor: '#ffffff',
    color: '#242424',
    overflowWrap: 'anywhere',
    maxWidth: '100%',
    boxSizing: 'border-box',
    '& button': { cursor: 'not-allowed' },
  },
});

// Teams-like colours with enough contrast on the white card (WCAG AA).
const hostConfig = new AdaptiveCards.HostConfig({
  fontFamily: "'Segoe UI', -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', sans-serif",
  containerStyles: {
    default: {
      backgroundColor: '#FFFFFF',
      foregroundColors: {
        default: { default: '#242424', subtle: '#595959' },
        accent: { default: '#3D3E78', subtle: '#4F52B2' },
        good: { default: '#0E700E', subtle: '#0E700E' },
        attention: { default: '#B10E1C', subtle: '#B10E1C' },
        warning: { default: '#835B00', subtle: '#835B00' },
      },
    },
    emphasis: {
      backgroundColor: '#F5F5F5',
      foregroundColors: {
        default: { default: '#242424', subtle: '#595959' },
        accent: { default: '#3D3E78', subtle: '#4F52B2' },
        good: { default: '#0E700E', subtle: '#0E700E' },
        attention: { default: '#B10E1C', subtle: '#B10E1C' },
        warning: { default: '#835B00', subtle: '#835B00' },
      },
    },
  },
});

/**
 * Renders a poll card as members will see it in the channel, with the same adaptivecards renderer Teams uses
 * for the web. It is a preview: actions do nothing here.
 */
export default function CardPreview({ card }: { card: Record<string, unknown> }) {
  const { t, locale } = useT();
  const styles = useStyles();
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const target = host.current;
    if (!target) return;
    const adaptive = new AdaptiveCards.AdaptiveCard();
    adaptive.hostConfig = hostConfig;
    adaptive.onExecuteAction = () => undefined;
    adaptive.parse(fillCardJson(card, locale === 'fr' ? 'fr-CA' : 'en-CA'));
    const rendered = adaptive.render();
    target.replaceChildren();
    if (rendered) {
      // The card is an illustration of what members will see; its buttons cannot be used from here.
      for (const button of rendered.querySelectorAll('button')) button.setAttribute('aria-disabled', 'true');
      // The renderer marks heading-styled text as headings without a level; inside this dialog they sit under h2.
      for (const heading of rendered.querySelectorAll('[role="heading"]:not([aria-level])')) heading.setAttribute('aria-level', '3');
      target.append(rendered);
    }
  }, [card, locale]);
  return <div ref={host} className={styles.frame} data-testid="card-preview" role="group" aria-label={t('tab.ask.previewLabel')} />;
}
