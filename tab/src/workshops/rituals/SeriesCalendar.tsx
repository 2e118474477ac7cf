import type { RitualPlan } from '@elan/core/rituals/ritualPlan';
import { ritualPlansOf } from '@elan/core/rituals/ritualPlan';
import { plannerWarnings } from '@elan/core/rituals/plannerWarnings';
import { upcomingMeetings } from '@elan/core/rituals/upcomingMeetings';
import { mainSeriesId, type RitualsDraft } from '@elan/core/workshops/rituals';
import { makeStyles, MessageBar, MessageBarBody, Subtitle2, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { usePageStyles } from '../../common/pageStyles';
import { formatCalendarDay } from '../../i18n/formatDate';
import { useFieldStyles } from '../fields/styles';
import type { FormApi } from '../form/formApi';

const useStyles = makeStyles({
  series: { display: 'flex', flexDirection: 'column', gap: '4px', minWidth: 0 },
  name: { margin: 0, overflowWrap: 'anywhere' },
  dates: { margin: 0, paddingLeft: '20px', fontSize: tokens.fontSizeBase300 },
});

/** How many coming meetings of each series the planner lists. */
const shown = 4;
/** A weekly series beside another makes many shared days: the first few say enough. */
const collisionsShown = 3;

/**
 * The coming meetings of every series of workshop 3 (the main one first), from the very schedule the bot runs;
 * a warning for each day two series meet, and one when the next twelve months hold fewer in-person meetings than
 * workshop 3's yearly minimum.
 */
export function SeriesCalendar({ form, at }: { form: FormApi; at: Date }) {
  const { t, locale } = form;
  const styles = useStyles();
  const page = usePageStyles();
  const fieldStyles = useFieldStyles();
  const draft = form.draft as RitualsDraft;
  const plans = useMemo(() => ritualPlansOf(draft), [draft]);
  const { collisions, inPersonShort } = useMemo(() => plannerWarnings(draft, plans, at), [draft, plans, at]);
  const hasSeries = (draft.series ?? []).length > 0;
  const nameOf = (plan: RitualPlan) =>
    plan.seriesName ?? (plan.seriesId === mainSeriesId ? t('tab.w3.series.main') : t('tab.w3.series.unnamed'));
  const names = new Intl.ListFormat(locale === 'fr' ? 'fr-CA' : 'en-CA', { type: 'conjunction' });
  const when = (plan: RitualPlan, instant: Date) =>
    new Intl.DateTimeFormat(locale === 'fr' ? 'fr-CA' : 'en-CA', { timeZone: plan.timeZone, dateStyle: 'full', timeStyle: 'short' }).format(
      instant,
    );

  return (
    <div className={styles.series} data-testid="series-calendar">
      {hasSeries && (
        <>
          <Subtitle2 as="h3">{t('tab.w3.series.calendar')}</Subtitle2>
          {plans.length === 0 && <p className={fieldStyles.hint}>{t('tab.w3.series.calendar.none')}</p>}
          <ul className={page.list}>
            {plans.map((plan) => (
              <li key={plan.seriesId} className={styles.series} data-series={plan.seriesId}>
                <p className={styles.name}>
                  <strong>{nameOf(plan)}</strong>{' '}
                  <span className={fieldStyles.hint}>{t('tab.w3.series.calendar.zone', { zone: plan.timeZone })}</span>
                </p>
                <ul className={styles.dates}>
                  {upcomingMeetings(plan, at, shown).map((m) => (
                    <li key={m.date}>
                      <time dateTime={m.startsAt.toISOString()}>{when(plan, m.startsAt)}</time>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
      {collisions.slice(0, collisionsShown).map((c) => (
        <MessageBar key={c.date} intent="warning" layout="multiline" data-testid="series-collision">
          <MessageBarBody>
            {t('tab.w3.series.collision', { date: formatCalendarDay(locale, c.date, 'full'), names: names.format(c.plans.map(nameOf)) })}
          </MessageBarBody>
        </MessageBar>
      ))}
      {inPersonShort && (
        <MessageBar intent="warning" layout="multiline" data-testid="in-person-short">
          <MessageBarBody>{t('tab.w3.series.inPersonShort', inPersonShort)}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
