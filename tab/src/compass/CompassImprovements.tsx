import { compassDropThreshold, compassImprovements, compassLowScore } from '@elan/core/compass/compassActions';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { CompassView } from '../api/endpoints';
import { useT } from '../i18n/useT';
import { routeHash } from '../routing/routes';
import { compassText } from './compassText';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '8px', minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  list: { margin: 0, paddingLeft: 0, listStyle: 'none', display: 'flex', flexDirection: 'column', gap: '12px' },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: '4px',
    borderLeft: `3px solid ${tokens.colorPaletteMarigoldBorder2}`,
    paddingLeft: '8px',
    overflowWrap: 'anywhere',
  },
  name: { margin: 0, fontSize: tokens.fontSizeBase300 },
  line: { margin: 0 },
  actions: { margin: 0, paddingLeft: '20px' },
});

/** "Improvement ideas": each low or dropping dimension of the latest scored run, why, the workshop to revisit, actions. */
export function CompassImprovements({ communityId, compass }: { communityId: string; compass: CompassView }) {
  const { t, locale } = useT();
  const styles = useStyles();
  const ideas = compassImprovements(compass.runs, compass.minRespondents);
  if (!ideas) return null;
  const number = new Intl.NumberFormat(locale === 'fr' ? 'fr-CA' : 'en-CA', { maximumFractionDigits: 1 });
  const fmt = (v: number) => number.format(v);
  return (
    <section className={styles.root} aria-labelledby="compass-ideas-title" data-testid="compass-ideas">
      <h3 id="compass-ideas-title" className={styles.heading}>
        {t('tab.compass.ideas.title')}
      </h3>
      <p className={styles.line}>
        {ideas.improvements.length
          ? t('tab.compass.ideas.intro', { n: ideas.run, low: fmt(compassLowScore), drop: fmt(compassDropThreshold) })
          : t('tab.compass.ideas.none', { n: ideas.run })}
      </p>
      {ideas.improvements.length > 0 && (
        <ul className={styles.list}>
          {ideas.improvements.map((idea) => (
            <li key={idea.dimension} className={styles.item} data-testid={`compass-idea-${idea.dimension}`}>
              <h4 className={styles.name}>{compassText(t, idea.dimension)}</h4>
              {idea.reasons.includes('low') && <p className={styles.line}>{t('tab.compass.ideas.low', { median: fmt(idea.median) })}</p>}
              {idea.reasons.includes('dropped') && idea.previousMedian !== null && (
                <p className={styles.line}>
                  {t('tab.compass.ideas.dropped', {
                    previous: fmt(idea.previousMedian),
                    previousRun: ideas.previousRun ?? '',
                    median: fmt(idea.median),
                  })}
                </p>
              )}
              <p className={styles.line}>
                <a href={routeHash({ name: 'workshop', communityId, n: idea.workshop })}>
                  {t('tab.compass.ideas.revisit', { n: idea.workshop, title: t(`workshop.${idea.workshop}.title`) })}
                </a>
              </p>
              <ul className={styles.actions} aria-label={t('tab.compass.ideas.actions')}>
                {idea.actions.map((key) => (
                  <li key={key}>{t(key)}</li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
