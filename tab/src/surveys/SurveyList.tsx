import type { Role } from '@elan/core/community/community';
import { can } from '@elan/core/policies/can';
import { Badge, Body1, Button, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { LockClosedRegular } from '@fluentui/react-icons';
import { useCallback, useId, useState } from 'react';
import { ApiFailure } from '../api/failure';
import { ErrorState } from '../common/ErrorState';
import { LoadingState } from '../common/LoadingState';
import { useLoad } from '../common/useLoad';
import { useT } from '../i18n/useT';
import { useSession } from '../session/SessionContext';
import { announce } from '../common/announcer';
import { closeSurvey, getSurvey, listSurveys, type SurveySummary } from './surveyEndpoints';
import { shownResults, standingOf, surveysToShow } from './surveyStatus';
import { DisclosureButton } from '../common/DisclosureButton';
import { formatCalendarDay, formatInstant } from '../i18n/formatDate';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '10px' },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: '4px',
    overflowWrap: 'anywhere',
    paddingBottom: '10px',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '6px 10px' },
  meta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  results: { margin: '4px 0 0', paddingLeft: '20px' },
  question: { marginBottom: '6px' },
});

/** The aggregates of one survey, loaded when asked for (they only exist from the threshold). */
function SurveyResults({ communityId, surveyId }: { communityId: string; surveyId: string }) {
  const { t, locale } = useT();
  const { api } = useSession();
  const styles = useStyles();
  const [loaded, retry] = useLoad(useCallback(() => getSurvey(api, communityId, surveyId), [api, communityId, surveyId]));
  if (loaded.status === 'loading') return <LoadingState />;
  if (loaded.status === 'error') return <ErrorState error={loaded.error} onRetry={retry} />;
  const view = loaded.data;
  if (view.results === null || view.results === undefined)
    return <p className={styles.meta}>{t('tabAsks.list.needed', { n: Math.max(1, view.needed) })}</p>;
  const number = new Intl.NumberFormat(locale === 'fr' ? 'fr-CA' : 'en-CA', { maximumFractionDigits: 1 });
  const stories = view.results.stories;
  return (
    <div data-testid="survey-results">
      {view.results.questions.length > 0 && (
        <ul className={styles.results}>
          {shownResults(view.questions, view.results.questions, t).map((q) => (
            <li key={q.id} className={styles.question} data-question={q.id}>
              <span>{q.text}</span>
              <span className={styles.meta}>
                {' '}
                — {t('tabAsks.results.answered', { n: q.answered })}
                {q.mean !== undefined && ` · ${t('tabAsks.results.mean', { mean: number.format(q.mean) })}`}
              </span>
              {q.lines.length > 0 && (
                <ul className={styles.results}>
                  {q.lines.map((line, i) => (
                    <li key={`${i}-${line.label}`}>
                      {line.count === undefined ? line.label : t('tabAsks.results.count', { label: line.label, n: line.count })}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
      {stories && (
        <>
          <p className={styles.meta}>{t('tabAsks.results.stories', { n: stories.length })}</p>
          <ul className={styles.results}>
            {stories.map((story, i) => (
              <li key={i} className={styles.question}>
                {Object.values(story.answers).join(' · ')}
                <span className={styles.meta}>
                  {' '}
                  — {t(`survey.story.consent.${story.consent}`)}
                  {story.author ? ` · ${story.author}` : ''}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** One survey: its kind, status and dates, respondents against the threshold, and its aggregates once shown. */
function SurveyItem({
  communityId,
  survey,
  mayClose,
  onClosed,
}: {
  communityId: string;
  survey: SurveySummary;
  mayClose: boolean;
  onClosed(): void;
}) {
  const { t, locale } = useT();
  const { api } = useSession();
  const styles = useStyles();
  const resultsId = useId();
  const [open, setOpen] = useState(false);
  const [closing, setClosing] = useState<'idle' | 'busy' | { error: unknown }>('idle');
  const close = async () => {
    setClosing('busy');
    try {
      await closeSurvey(api, communityId, survey.id);
      announce(t('tabAsks.list.closedNow'));
      onClosed();
    } catch (error) {
      setClosing({ error });
    }
  };
  const standing = standingOf(survey);
  const date = (iso: string) => formatInstant(locale, iso, 'date');
  return (
    <li className={styles.item} data-testid="survey-item" data-survey={survey.id} data-kind={survey.kind} data-status={survey.status}>
      <div className={styles.head}>
        <strong>{t(`tabAsks.kind.${survey.kind}`)}</strong>
        <Badge appearance="tint" color={survey.status === 'open' ? 'brand' : 'informative'}>
          {t(`tabAsks.status.${survey.status}`)}
        </Badge>
      </div>
      {survey.meetingDate && (
        <span data-testid="survey-meeting">{t('tabAsks.list.meeting', { date: formatCalendarDay(locale, survey.meetingDate) })}</span>
      )}
      <span className={styles.meta}>
        {t('tabAsks.list.dates', { created: date(survey.createdAt) })} ·{' '}
        {survey.status === 'open' ? t('tabAsks.list.closes', { date: date(survey.closesAt) }) : t('tabAsks.list.closed')}
      </span>
      <span data-testid="survey-respondents">
        {t('tabAsks.list.respondents', { respondents: survey.respondents, threshold: survey.threshold })}
      </span>
      {standing.shown ? (
        <div>
          <DisclosureButton
            open={open}
            onToggle={setOpen}
            controls={resultsId}
            showLabel={t('tabAsks.results.show')}
            hideLabel={t('tabAsks.results.hide')}
          />
          <div id={resultsId} hidden={!open}>
            {open && <SurveyResults communityId={communityId} surveyId={survey.id} />}
          </div>
        </div>
      ) : (
        <span className={styles.meta} data-testid="survey-needed">
          {t('tabAsks.list.needed', { n: standing.needed })}
        </span>
      )}
      {mayClose && survey.status === 'open' && (
        <div>
          <Button
            size="small"
            icon={closing === 'busy' ? <Spinner size="tiny" /> : <LockClosedRegular />}
            disabled={closing === 'busy'}
            onClick={() => void close()}
          >
            {t('tabAsks.list.close')}
          </Button>
        </div>
      )}
      {typeof closing === 'object' && <ErrorState error={closing.error} />}
    </li>
  );
}

/** The community's surveys (optionally only some kinds) with their status; `version` changes reload it. */
export function SurveyList({
  communityId,
  role,
  kinds,
  version = 0,
}: {
  communityId: string;
  /** My role: facilitators may close an open survey from here. */
  role: Role;
  kinds?: readonly string[];
  version?: number;
}) {
  const { t } = useT();
  const { api } = useSession();
  const styles = useStyles();
  // `version` is part of the loader so a new survey shows at once.
  const load = useCallback(() => listSurveys(api, communityId).then((all) => ({ all, version })), [api, communityId, version]);
  const [loaded, retry] = useLoad(load);
  if (loaded.status === 'loading') return <LoadingState />;
  if (loaded.status === 'error')
    return loaded.error instanceof ApiFailure && loaded.error.status === 404 ? (
      <p className={styles.meta}>{t('tab.home.unavailable')}</p>
    ) : (
      <ErrorState error={loaded.error} onRetry={retry} />
    );
  const shown = surveysToShow(loaded.data.all, kinds);
  if (shown.length === 0) return <Body1 as="p">{t('tabAsks.list.none')}</Body1>;
  return (
    <ul className={styles.list} data-testid="survey-list">
      {shown.map((s) => (
        <SurveyItem key={s.id} communityId={communityId} survey={s} mayClose={can(role, 'survey.close')} onClosed={retry} />
      ))}
    </ul>
  );
}
