import { ritualPlansOf } from '@elan/core/rituals/ritualPlan';
import { upcomingMeetings } from '@elan/core/rituals/upcomingMeetings';
import type { RitualsDraft } from '@elan/core/workshops/rituals';
import { useState } from 'react';
import { ChoiceSelect } from '../fields/ChoiceSelect';
import { useFieldStyles } from '../fields/styles';
import { FDate, FText } from '../form/bound';
import type { FormApi } from '../form/formApi';
import { ListEditor } from '../form/ListEditor';
import { FieldRow, Section } from '../form/Section';
import { formatCalendarDay } from '../../i18n/formatDate';

const maxGuests = 30;

/**
 * Experts invited to given meetings: who, from where, on what. Once the first meeting and the rhythm are set,
 * the date is picked among the coming meetings of every series (a guest on a day without a meeting would never be announced).
 */
export function GuestsSection({ form }: { form: FormApi }) {
  const { t, locale } = form;
  const fieldStyles = useFieldStyles();
  const plans = ritualPlansOf(form.draft as RitualsDraft);
  const scheduled = plans.length > 0;
  // The coming meetings of every series as of when the page opened (a stable list while the facilitator types).
  const [openedAt] = useState(() => new Date());
  const dates = [...new Set(plans.flatMap((p) => upcomingMeetings(p, openedAt, 12).map((m) => m.date)))].sort();
  const day = (date: string) => formatCalendarDay(locale, date, 'full');
  return (
    <Section title={t('tab.w3.section.guests')}>
      <p className={fieldStyles.hint}>{t('tab.w3.guests.hint')}</p>
      <ListEditor
        form={form}
        path="guests"
        max={maxGuests}
        newItem={() => (dates[0] ? { meetingDate: dates[0] } : {})}
        renderItem={(path) => {
          const chosen = form.get(`${path}.meetingDate`);
          const options = [...new Set([...(typeof chosen === 'string' && chosen ? [chosen] : []), ...dates])].sort();
          return (
            <>
              {scheduled ? (
                <ChoiceSelect
                  id={form.domId(`${path}.meetingDate`)}
                  label={form.label(`${path}.meetingDate`)}
                  value={typeof chosen === 'string' && chosen ? chosen : undefined}
                  options={options.map((d) => ({ value: d, label: day(d) }))}
                  issues={form.issuesAt(`${path}.meetingDate`)}
                  readOnly={form.readOnly}
                  onChange={(v) => form.set(`${path}.meetingDate`, v)}
                />
              ) : (
                <FDate form={form} path={`${path}.meetingDate`} />
              )}
              <FieldRow>
                <FText form={form} path={`${path}.guestName`} max={100} />
                <FText form={form} path={`${path}.organisation`} max={120} />
              </FieldRow>
              <FText form={form} path={`${path}.topic`} max={200} />
            </>
          );
        }}
      />
    </Section>
  );
}
