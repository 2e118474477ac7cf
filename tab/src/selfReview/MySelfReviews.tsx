import type { SurveyView } from '@elan/core/contract';
import type { MessageKey } from '@elan/core/i18n/fr';
import type { MySelfReviewsView, SelfReviewView } from '@elan/core/selfReview/selfReviewCommands';
import { selfReviewItems, selfReviewTips } from '@elan/core/selfReview/selfReviewItems';
import { Body1, makeStyles, Spinner, Subtitle2, tokens } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import { ErrorState } from '../common/ErrorState';
import { LoadingState } from '../common/LoadingState';
import { usePageStyles } from '../common/pageStyles';
import { TitledSection } from '../common/TitledSection';
import { useLoad } from '../common/useLoad';
import { formatCalendarDay } from '../i18n/formatDate';
import { useT } from '../i18n/useT';
import { useSession } from '../session/SessionContext';
import { getSurvey } from '../surveys/surveyEndpoints';
import { getMySelfReviews } from './selfReviewEndpoints';
import { SelfReviewForm } from './SelfReviewForm';

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', gap: '12px' },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '12px' },
  entry: { margin: 0, display: 'flex', flexDirection: 'column', gap: '4px', overflowWrap: 'anywhere' },
  review: {
    margin: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: '6px',
    paddingBlock: '8px',
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: 'anywhere',
  },
  muted: { margin: 0, color: tokens.colorNeutralForeground3 },
  heading: { margin: 0, display: 'block' },
  flat: { margin: 0, paddingInlineStart: '20px' },
});

/**
 * "My facilitation reviews": the self-reviews Élan asked for after each meeting, seen by their author alone — the
 * items most often "not yet" with their tips, and the latest reviews with the members' feedback on each meeting
 * (shown only from the survey's anonymity threshold).
 */
export function MySelfReviews({ communityId }: { communityId: string }) {
  const { t, locale } = useT();
  const { api } = useSession();
  const page = usePageStyles();
  const styles = useStyles();
  const [loaded, retry] = useLoad(useCallback(() => getMySelfReviews(api, communityId), [api, communityId]));
  // What the last save answered replaces what was loaded.
  const [saved, setSaved] = useState<MySelfReviewsView | null>(null);
  const view = saved ?? (loaded.status === 'ready' ? loaded.data : null);
  return (
    <TitledSection headingId="self-reviews" title={t('selfReview.tab.title')} className={page.card} testId="self-reviews">
      <div className={styles.body}>
        <Body1 as="p" className={styles.muted}>
          {t('selfReview.tab.intro')}
        </Body1>
        {!view && loaded.status === 'loading' && <LoadingState />}
        {!view && loaded.status === 'error' && <ErrorState error={loaded.error} onRetry={retry} />}
        {view?.latestMeeting && (
          <>
            <Subtitle2 as="h3" className={styles.heading}>
              {t('selfReview.tab.form', { date: formatCalendarDay(locale, view.latestMeeting.date) })}
            </Subtitle2>
            <SelfReviewForm
              key={view.latestMeeting.key}
              communityId={communityId}
              view={{ ...view, latestMeeting: view.latestMeeting }}
              onSaved={setSaved}
            />
          </>
        )}
        {view && <ReviewList communityId={communityId} view={view} />}
      </div>
    </TitledSection>
  );
}

/** The items most often "not yet" with their tips, then my latest reviews; or that there is none yet. */
function ReviewList({ communityId, view }: { communityId: string; view: MySelfReviewsView }) {
  const { t } = useT();
  const styles = useStyles();
  if (view.total === 0)
    return (
      <Body1 as="p" className={styles.muted} data-testid="self-reviews-empty">
        {t('selfReview.tab.empty')}
      </Body1>
    );
  return (
    <>
      <Subtitle2 as="h3" className={styles.heading}>
        {t('selfReview.tab.trends')}
      </Subtitle2>
      {view.trends.length === 0 ? (
        <Body1 as="p" className={styles.muted}>
          {t('selfReview.tab.trends.none')}
        </Body1>
      ) : (
        <ul className={styles.list} data-testid="self-review-trends">
          {view.trends.map((trend) => (
            <li key={trend.item} className={styles.entry} data-trend={trend.item}>
              <Body1>
                <strong>{t(`selfReview.item.${trend.item}`)}</strong>{' '}
                {t('selfReview.tab.trends.count', { count: trend.notYet, total: view.total })}
              </Body1>
              <Body1 className={styles.muted}>{t(`selfReview.tip.${trend.item}`)}</Body1>
            </li>
          ))}
        </ul>
      )}
      <Subtitle2 as="h3" className={styles.heading}>
        {t('selfReview.tab.recent')}
      </Subtitle2>
      <ul className={styles.list} data-testid="self-review-list">
        {view.reviews.map((review) => (
          <ReviewEntry key={`${review.meetingKey} ${review.submittedAt}`} communityId={communityId} review={review} />
        ))}
      </ul>
    </>
  );
}

/** One meeting's review: my answers, my note, the tips, and the members' feedback when it was asked. */
function ReviewEntry({ communityId, review }: { communityId: string; review: SelfReviewView }) {
  const { t, locale } = useT();
  const styles = useStyles();
  const tips = selfReviewTips(review.answers);
  return (
    <li className={styles.review} data-review={review.meetingKey}>
      <Body1>
        <strong>{t('selfReview.tab.meeting', { date: formatCalendarDay(locale, review.meetingDate) })}</strong>
      </Body1>
      <ul className={styles.flat}>
        {selfReviewItems
          .filter((item) => review.answers[item])
          .map((item) => (
            <li key={item}>
              <Body1>
                {t(`selfReview.item.${item}`)} — {t(`checklist.level.${review.answers[item]!}`)}
              </Body1>
            </li>
          ))}
      </ul>
      {tips.map(({ item }) => (
        <Body1 key={item} className={styles.muted} data-tip={item}>
          {t(`selfReview.tip.${item}`)}
        </Body1>
      ))}
      {review.note && <Body1>{t('selfReview.tab.note', { note: review.note })}</Body1>}
      {review.feedbackSurveyId ? (
        <MemberFeedback communityId={communityId} surveyId={review.feedbackSurveyId} />
      ) : (
        <Body1 className={styles.muted} data-testid="self-review-feedback">
          {t('selfReview.tab.feedback.notAsked')}
        </Body1>
      )}
    </li>
  );
}

/** The members' feedback on a meeting, read through the surveys API: nothing below the anonymity threshold. */
function MemberFeedback({ communityId, surveyId }: { communityId: string; surveyId: string }) {
  const { t, locale } = useT();
  const { api } = useSession();
  const styles = useStyles();
  const [loaded, retry] = useLoad(useCallback(() => getSurvey(api, communityId, surveyId), [api, communityId, surveyId]));
  if (loaded.status === 'loading') return <Spinner size="tiny" />;
  if (loaded.status === 'error') return <ErrorState error={loaded.error} onRetry={retry} />;
  const survey: SurveyView = loaded.data;
  const means = (survey.results?.questions ?? []).flatMap((q) => (q.type === 'likert' && q.mean !== null ? [q] : []));
  const labelOf = (id: string) => survey.questions.find((q) => q.id === id)?.key as MessageKey | undefined;
  const format = new Intl.NumberFormat(locale === 'fr' ? 'fr-CA' : 'en-CA', { maximumFractionDigits: 1 });
  return (
    <div className={styles.entry} data-testid="self-review-feedback">
      <Body1>
        <strong>{t('selfReview.tab.feedback')}</strong>
      </Body1>
      {survey.results === null ? (
        <Body1 className={styles.muted}>
          {t('selfReview.tab.feedback.below', { respondents: survey.respondents, threshold: survey.threshold })}
        </Body1>
      ) : (
        <ul className={styles.flat}>
          {means.map((q) => {
            const key = labelOf(q.id);
            return (
              <li key={q.id}>
                <Body1>{t('selfReview.tab.feedback.mean', { label: key ? t(key) : q.id, mean: format.format(q.mean!) })}</Body1>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
