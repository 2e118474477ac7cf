import { compassDropThreshold, compassImprovements, compassLowScore } from '@elan/core/compass/compassActions';
import type { CompassActionKey } from '@elan/core/compass/compassActions';
import type { CompassDimension } from '@elan/core/compass/compass';
import { Button, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { TaskListAddRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { CompassView } from '../api/endpoints';
import { ErrorState } from '../common/ErrorState';
import { useSession } from '../session/SessionContext';
import { addTask } from '../tasks/taskEndpoints';
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
  actions: { margin: 0, paddingLeft: '20px', display: 'flex', flexDirection: 'column', gap: '4px' },
  action: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: '2px' },
  added: { color: tokens.colorNeutralForeground3 },
});

/** One proposed action; facilitators can turn it into a task on the community home. */
function ActionItem({
  communityId,
  dimension,
  actionKey,
  canAddTasks,
}: {
  communityId: string;
  dimension: CompassDimension;
  actionKey: CompassActionKey;
  canAddTasks: boolean;
}) {
  const { t } = useT();
  const { api } = useSession();
  const styles = useStyles();
  const [state, setState] = useState<{ name: 'idle' | 'adding' | 'added' } | { name: 'failed'; error: unknown }>({ name: 'idle' });
  const id = `idea-${actionKey.replace(/\./g, '-')}`;
  const add = async () => {
    setState({ name: 'adding' });
    try {
      await addTask(api, communityId, { text: t(actionKey), dimension });
      setState({ name: 'added' });
    } catch (error) {
      setState({ name: 'failed', error });
    }
  };
  return (
    <li className={styles.action}>
      <span id={id}>{t(actionKey)}</span>
      {canAddTasks && state.name !== 'added' && (
        <Button
          size="small"
          appearance="subtle"
          icon={state.name === 'adding' ? <Spinner size="tiny" /> : <TaskListAddRegular />}
          disabled={state.name === 'adding'}
          aria-describedby={id}
          onClick={() => void add()}
        >
          {t('tab.compass.ideas.toTask')}
        </Button>
      )}
      {state.name === 'added' && (
        <span className={styles.added} role="status">
          {t('tab.compass.ideas.taskAdded')}
        </span>
      )}
      {state.name === 'failed' && <ErrorState error={state.error} />}
    </li>
  );
}

/** "Improvement ideas": each low or dropping dimension of the latest scored run, why, the workshop to revisit, actions. */
export function CompassImprovements({
  communityId,
  compass,
  canAddTasks,
}: {
  communityId: string;
  compass: CompassView;
  /** Facilitators: each action can become a task on the home. */
  canAddTasks: boolean;
}) {
  const { t, locale } = useT();
  const styles = useStyles();
  const satisfaction = Object.fromEntries(compass.dimensions.map((d) => [d.id, d.satisfaction ?? null]));
  const ideas = compassImprovements(compass.runs, compass.minRespondents, satisfaction);
  if (!ideas) return null;
  const number = new Intl.NumberFormat(locale === 'fr' ? 'fr-CA' : 'en-CA', { maximumFractionDigits: 1 });
  const fmt = (v: number) => number.format(v);
  return (
    <section className={styles.root} aria-labelledby="compass-ideas-title" data-testid="compass-ideas">
      <h3 id="compass-ideas-title" className={styles.heading}>
        {t('tab.compass.ideas.title')}
      </h3>
      <p className={styles.line}>
        {ideas.run === null
          ? t('tab.satisfaction.ideas.intro', { low: fmt(compassLowScore) })
          : ideas.improvements.length
            ? t('tab.compass.ideas.intro', { n: ideas.run, low: fmt(compassLowScore), drop: fmt(compassDropThreshold) })
            : t('tab.compass.ideas.none', { n: ideas.run })}
      </p>
      {ideas.improvements.length > 0 && (
        <ul className={styles.list}>
          {ideas.improvements.map((idea) => (
            <li key={idea.dimension} className={styles.item} data-testid={`compass-idea-${idea.dimension}`}>
              <h4 className={styles.name}>{compassText(t, idea.dimension)}</h4>
              {idea.reasons.includes('low') && <p className={styles.line}>{t('tab.compass.ideas.low', { median: fmt(idea.median) })}</p>}
              {idea.reasons.includes('lowSatisfaction') && (
                <p className={styles.line}>{t('tab.satisfaction.ideas.low', { score: fmt(idea.median) })}</p>
              )}
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
                  <ActionItem key={key} communityId={communityId} dimension={idea.dimension} actionKey={key} canAddTasks={canAddTasks} />
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
