import type { Role } from '@elan/core/community/community';
import { can } from '@elan/core/policies/can';
import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, tokens } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useCallback, useState } from 'react';
import { getCompass, openCompassRun } from '../api/endpoints';
import { ApiFailure } from '../api/failure';
import { sectionCard } from '../common/cardStyles';
import { ErrorState } from '../common/ErrorState';
import { LoadingState } from '../common/LoadingState';
import { TitledSection } from '../common/TitledSection';
import { useLoad } from '../common/useLoad';
import { useT } from '../i18n/useT';
import { useSession } from '../session/SessionContext';
import { CompassAnswers } from './CompassAnswers';
import { CompassImprovements } from './CompassImprovements';
import { CompassTable } from './CompassTable';
import { compassText } from './compassText';
import { RadarChart } from './RadarChart';
import { formatInstant } from '../i18n/formatDate';

const useStyles = makeStyles({
  section: sectionCard('16px'),
  title: { margin: 0, display: 'block' },
  details: { '& > summary': { cursor: 'pointer', fontWeight: tokens.fontWeightSemibold, padding: '4px 0' } },
});

/** The community compass: the radar of the ten dimensions with earlier runs overlaid, my answers, a new run. */
export default function CompassPanel({ communityId, role }: { communityId: string; role: Role }) {
  const { t, locale } = useT();
  const { api } = useSession();
  const styles = useStyles();
  const [loaded, reload] = useLoad(useCallback(() => getCompass(api, communityId), [api, communityId]));
  const [opening, setOpening] = useState<{ busy: boolean; error?: unknown }>({ busy: false });
  const date = (iso: string) => formatInstant(locale, iso, 'date');

  const openRun = async () => {
    setOpening({ busy: true });
    try {
      await openCompassRun(api, communityId);
      setOpening({ busy: false });
      reload();
    } catch (error) {
      setOpening({ busy: false, error });
    }
  };

  let body;
  if (loaded.status === 'loading') body = <LoadingState />;
  else if (loaded.status === 'error')
    body =
      loaded.error instanceof ApiFailure && loaded.error.status === 404 ? (
        <MessageBar intent="info">
          <MessageBarBody>{t('tab.compass.unavailable')}</MessageBarBody>
        </MessageBar>
      ) : (
        <ErrorState error={loaded.error} onRetry={reload} />
      );
  else {
    const compass = loaded.data;
    const runs = [...compass.runs].sort((a, b) => b.number - a.number);
    const latest = runs[0];
    const scored = runs.filter((r) => r.scores).slice(0, 3);
    const axes = compass.dimensions.map((d) => compassText(t, d.id));
    const series = scored.map((r) => ({
      key: `run-${r.number}`,
      label: t('tab.compass.runLabel', { n: r.number, date: date(r.openedAt) }),
      values: compass.dimensions.map((d) => r.scores?.[d.id]?.median ?? null),
    }));
    body = (
      <>
        {!latest && <p style={{ margin: 0 }}>{t('tab.compass.noRun')}</p>}
        {latest && (
          <p style={{ margin: 0 }} data-testid="compass-latest">
            {latest.scores
              ? t('tab.compass.latest', { n: latest.number, date: date(latest.openedAt), respondents: latest.respondents })
              : t('tab.compass.notEnough', { n: latest.number, respondents: latest.respondents, min: compass.minRespondents })}
          </p>
        )}
        {compass.satisfactionSurvey && (
          <p style={{ margin: 0 }} data-testid="compass-satisfaction">
            {t('tab.satisfaction.source', {
              date: date(compass.satisfactionSurvey.createdAt),
              n: compass.satisfactionSurvey.respondents,
            })}
          </p>
        )}
        {(series.length > 0 || compass.satisfactionSurvey) && (
          <>
            {series.length > 0 && (
              <RadarChart
                axes={axes}
                series={series}
                title={t('tab.compass.radarTitle', { runs: series.map((s) => s.label).join(', ') })}
              />
            )}
            <CompassTable compass={compass} runs={scored} runLabel={(r) => t('tab.compass.runShort', { n: r.number })} />
            <CompassImprovements communityId={communityId} compass={compass} canAddTasks={can(role, 'workshop.edit')} />
          </>
        )}
        {can(role, 'workshop.edit') && (
          <div>
            <Button icon={opening.busy ? <Spinner size="tiny" /> : <AddRegular />} disabled={opening.busy} onClick={() => void openRun()}>
              {t('tab.compass.openRun')}
            </Button>
            {opening.error !== undefined && <ErrorState error={opening.error} />}
          </div>
        )}
        {latest && role !== 'sponsor' && (
          <details className={styles.details}>
            <summary>
              {latest.mine ? t('tab.compass.answer.change', { n: latest.number }) : t('tab.compass.answer.title', { n: latest.number })}
            </summary>
            <CompassAnswers communityId={communityId} role={role} compass={compass} run={latest} onSaved={reload} />
          </details>
        )}
      </>
    );
  }
  return (
    <TitledSection
      headingId="compass-title"
      title={t('tab.compass.title')}
      className={styles.section}
      titleClassName={styles.title}
      testId="compass"
    >
      <p style={{ margin: 0 }}>{t('tab.compass.intro')}</p>
      {body}
    </TitledSection>
  );
}
