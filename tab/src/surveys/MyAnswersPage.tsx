import { Body1, Button, Link, makeStyles, Subtitle2, Title2, tokens } from '@fluentui/react-components';
import { ArrowLeftRegular, DeleteRegular } from '@fluentui/react-icons';
import { useCallback, useState } from 'react';
import { getCommunity } from '../api/endpoints';
import { announce } from '../common/announcer';
import { ErrorState } from '../common/ErrorState';
import { LoadingState } from '../common/LoadingState';
import { usePageStyles } from '../common/pageStyles';
import { useLoad } from '../common/useLoad';
import { usePageTitle } from '../common/usePageTitle';
import { useT } from '../i18n/useT';
import { routeHash } from '../routing/routes';
import { useSession } from '../session/SessionContext';
import { deleteMyAnswers } from './surveyEndpoints';
import { type AnsweredSurvey, answerRows, loadMyAnswers } from './myAnswers';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { formatCalendarDay, formatInstant } from '../i18n/formatDate';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '16px' },
  answers: { margin: '8px 0', display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: '4px' },
  question: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  answer: { margin: '0 0 8px', overflowWrap: 'anywhere', whiteSpace: 'pre-line' },
  meta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

/** `#/c/{id}/answers`: the surveys I answered, my answers, and a way to take each one back. */
export default function MyAnswersPage({ communityId }: { communityId: string }) {
  const { t, locale } = useT();
  const { api } = useSession();
  const page = usePageStyles();
  const styles = useStyles();
  const [loaded, retry] = useLoad(
    useCallback(() => Promise.all([getCommunity(api, communityId), loadMyAnswers(api, communityId)]), [api, communityId]),
  );
  const [confirming, setConfirming] = useState<AnsweredSurvey | undefined>(undefined);
  const [dialogOpen, setDialogOpen] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [failure, setFailure] = useState<unknown>(undefined);
  usePageTitle(t('tabAsks.mine.title'));
  const date = (iso: string) => formatInstant(locale, iso, 'date');

  const remove = async () => {
    if (!confirming) return;
    setDeleting(true);
    setFailure(undefined);
    try {
      await deleteMyAnswers(api, communityId, confirming.survey.id);
      setDialogOpen(false);
      announce(t('tabAsks.mine.deleted'));
      retry();
    } catch (error) {
      setFailure(error);
    } finally {
      setDeleting(false);
    }
  };

  return (
    <>
      <Link href={routeHash({ name: 'community', communityId })} className={page.back}>
        <ArrowLeftRegular aria-hidden />
        {t('tabAsks.mine.back')}
      </Link>
      <div className={page.head}>
        {loaded.status === 'ready' && <span className={page.eyebrow}>{loaded.data[0].name}</span>}
        <Title2 as="h1" className={page.title}>
          {t('tabAsks.mine.title')}
        </Title2>
        <Body1 as="p" className={page.muted} style={{ margin: 0 }}>
          {t('tabAsks.mine.intro')}
        </Body1>
      </div>
      {loaded.status === 'loading' && <LoadingState />}
      {loaded.status === 'error' && <ErrorState error={loaded.error} onRetry={retry} />}
      {loaded.status === 'ready' &&
        (loaded.data[1].length === 0 ? (
          <section className={page.card} data-testid="my-answers">
            <Body1 as="p">{t('tabAsks.mine.none')}</Body1>
          </section>
        ) : (
          <ul className={styles.list} data-testid="my-answers">
            {loaded.data[1].map((entry) => (
              <li key={entry.survey.id} className={page.card} data-testid="my-answer" data-survey={entry.survey.id}>
                <Subtitle2 as="h2" className={page.sectionTitle}>
                  {t(`tabAsks.kind.${entry.survey.kind}`)}
                </Subtitle2>
                {entry.survey.meetingDate && (
                  <span data-testid="my-answer-meeting">
                    {t('tabAsks.list.meeting', { date: formatCalendarDay(locale, entry.survey.meetingDate) })}
                  </span>
                )}
                <span className={styles.meta}>
                  {t('tabAsks.list.dates', { created: date(entry.survey.createdAt) })} · {t(`tabAsks.status.${entry.survey.status}`)}
                </span>
                <dl className={styles.answers}>
                  {answerRows(entry.questions, entry.answers, t).map((row) => (
                    <div key={row.id}>
                      <dt className={styles.question}>{row.question}</dt>
                      <dd className={styles.answer}>{row.answer}</dd>
                    </div>
                  ))}
                </dl>
                <Button
                  icon={<DeleteRegular />}
                  onClick={() => {
                    setFailure(undefined);
                    setConfirming(entry);
                    setDialogOpen(true);
                  }}
                >
                  {t('tabAsks.mine.delete')}
                </Button>
              </li>
            ))}
          </ul>
        ))}
      <ConfirmDialog
        open={dialogOpen}
        title={t('tabAsks.mine.confirmTitle')}
        body={confirming ? t('tabAsks.mine.confirm', { survey: t(`tabAsks.kind.${confirming.survey.kind}`) }) : ''}
        problem={failure !== undefined && <ErrorState error={failure} />}
        confirmLabel={t('tabAsks.mine.confirmDelete')}
        confirmIcon={<DeleteRegular />}
        busy={deleting}
        onConfirm={() => void remove()}
        onCancel={() => setDialogOpen(false)}
      />
    </>
  );
}
