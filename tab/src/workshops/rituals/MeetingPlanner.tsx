import type { RitualsDraft } from '@elan/core/workshops/rituals';
import { Field, Input, makeStyles, Select, Textarea, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { preferences } from '../../common/storage';
import type { FormApi } from '../form/formApi';
import { FNumber, FText } from '../form/bound';
import { FieldRow, Section } from '../form/Section';
import { useFieldStyles } from '../fields/styles';
import { commonTimeZones, isTimeZone, nextMeetingDates } from '@elan/core/rituals/schedule';
import { parsePeople, rotationPlan } from '@elan/core/rituals/rotation';
import { SeriesCalendar } from './SeriesCalendar';

const useStyles = makeStyles({
  tableWrap: { overflowX: 'auto', maxWidth: '100%' },
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase300 },
  cell: { textAlign: 'left', verticalAlign: 'top', padding: '6px 8px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
});

interface Plan {
  people: string;
}

const storageKey = (communityId: string) => `elan.meetingPlan.${communityId}`;

function readPlan(communityId: string): Plan {
  const empty: Plan = { people: '' };
  try {
    const stored = JSON.parse(preferences.get(storageKey(communityId)) ?? '{}') as Partial<Plan>;
    return { people: typeof stored.people === 'string' ? stored.people : empty.people };
  } catch {
    return empty;
  }
}

type FirstMeeting = NonNullable<RitualsDraft['firstMeeting']>;

/**
 * The first meeting (date, time, time zone — kept in the workshop, so the bot can post each meeting's cards on
 * time), the lead time and the check-in question; then the next six meetings at the chosen rhythm with who holds
 * each rotating role. The people who rotate stay a planning aid kept in this browser.
 */
export default function MeetingPlanner({ form }: { form: FormApi }) {
  const { t, locale } = form;
  const styles = useStyles();
  const fieldStyles = useFieldStyles();
  const draft = form.draft as RitualsDraft;
  const [plan, setPlanState] = useState(() => readPlan(form.communityId));
  const [now] = useState(() => new Date());
  const setPlan = (next: Partial<Plan>) => {
    const merged = { ...plan, ...next };
    setPlanState(merged);
    preferences.set(storageKey(form.communityId), JSON.stringify(merged));
  };
  const first: Partial<FirstMeeting> = draft.firstMeeting ?? {};
  const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'America/Toronto';
  const zone = first.timeZone ?? browserZone;
  // Setting the date or time stores the zone shown too: a meeting time means nothing without its zone.
  const setFirst = (next: Partial<FirstMeeting>) => {
    const merged: Record<string, string | undefined> = { ...first, timeZone: zone, ...next };
    for (const key of Object.keys(merged)) if (!merged[key]) delete merged[key];
    form.set('firstMeeting', merged);
  };
  const dateId = form.domId('firstMeeting.date');
  const dateIssues = form.issuesAt('firstMeeting.date');
  const timeId = form.domId('firstMeeting.time');
  const zoneId = form.domId('firstMeeting.timeZone');
  const timeIssues = form.issuesAt('firstMeeting.time');
  const zoneIssues = form.issuesAt('firstMeeting.timeZone');
  const zones = commonTimeZones.includes(zone as never) ? commonTimeZones : [zone, ...commonTimeZones];
  const every = draft.cadence?.every;
  const unit = draft.cadence?.unit;
  const dates = useMemo(
    () =>
      every && unit && first.date && first.time
        ? nextMeetingDates({ date: first.date, time: first.time }, { every, unit }, 6, zone, now)
        : [],
    [every, unit, first.date, first.time, zone, now],
  );
  const roles = (draft.roles ?? []).filter((r) => r.role);
  const rotation = useMemo(
    () =>
      rotationPlan(
        roles.map((r) => ({ role: r.role!, holder: r.holder?.name, rotation: r.rotation })),
        parsePeople(plan.people),
        dates.length,
      ),
    [roles, plan.people, dates.length],
  );
  const rotating = roles
    .map((r, i) => ({ role: r.role!, i }))
    .filter(({ i }) => roles[i]!.rotation === 'rotating' || roles[i]!.rotation === 'volunteer');
  const format = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-CA' : 'en-CA', {
    timeZone: isTimeZone(zone) ? zone : 'UTC',
    dateStyle: 'full',
    timeStyle: 'short',
  });
  const person = (name: string | null, kind: string) =>
    name ?? (kind === 'volunteer' ? t('tab.w3.plan.volunteer') : t('tab.w3.plan.nobody'));

  return (
    <Section title={t('tab.w3.section.plan')} testId="meeting-planner">
      <p className={fieldStyles.hint}>{t('rituals.form.hint')}</p>
      <FieldRow>
        <Field
          label={{ children: form.label('firstMeeting.date'), htmlFor: dateId }}
          validationMessage={dateIssues.length > 0 ? dateIssues.join(' ') : undefined}
        >
          <Input
            id={dateId}
            type="date"
            value={first.date ?? ''}
            readOnly={form.readOnly}
            onChange={(_e, d) => setFirst({ date: d.value || undefined })}
          />
        </Field>
        <Field
          label={{ children: form.label('firstMeeting.time'), htmlFor: timeId }}
          validationMessage={timeIssues.length > 0 ? timeIssues.join(' ') : undefined}
        >
          <Input
            id={timeId}
            type="time"
            value={first.time ?? ''}
            readOnly={form.readOnly}
            onChange={(_e, d) => setFirst({ time: d.value || undefined })}
          />
        </Field>
        <Field
          label={{ children: form.label('firstMeeting.timeZone'), htmlFor: zoneId }}
          validationMessage={zoneIssues.length > 0 ? zoneIssues.join(' ') : undefined}
        >
          <Select id={zoneId} value={zone} disabled={form.readOnly} onChange={(_e, d) => setFirst({ timeZone: d.value })}>
            {zones.map((z) => (
              <option key={z} value={z}>
                {z}
              </option>
            ))}
          </Select>
        </Field>
      </FieldRow>
      <FieldRow>
        <FNumber form={form} path="leadTimeHours" min={1} max={336} hint={t('rituals.form.leadTimeHours.hint')} />
        <FText
          form={form}
          path="checkInQuestion"
          max={200}
          hint={t('rituals.form.checkInQuestion.hint', { question: t('rituals.card.checkIn.defaultQuestion') })}
        />
      </FieldRow>
      <Field label={t('tab.w3.plan.people')} hint={t('tab.w3.plan.peopleHint')}>
        <Textarea value={plan.people} rows={2} resize="vertical" onChange={(_e, d) => setPlan({ people: d.value })} />
      </Field>
      {dates.length === 0 ? (
        <p className={fieldStyles.hint} data-testid="next-dates-empty">
          {t('tab.w3.plan.needs')}
        </p>
      ) : (
        <div className={styles.tableWrap} tabIndex={0} role="region" aria-label={t('tab.w3.plan.tableTitle')}>
          <table className={styles.table} data-testid="next-dates">
            <caption className={fieldStyles.hint} style={{ textAlign: 'left' }}>
              {t('tab.w3.plan.caption', { zone: zone })}
            </caption>
            <thead>
              <tr>
                <th className={styles.cell} scope="col">
                  {t('tab.w3.plan.date')}
                </th>
                {rotating.map(({ role, i }) => (
                  <th key={i} className={styles.cell} scope="col">
                    {t(`doc.ritualRole.${role as 'host'}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {dates.map((d, m) => (
                <tr key={d.toISOString()}>
                  <th className={styles.cell} scope="row">
                    <time dateTime={d.toISOString()}>{format.format(d)}</time>
                  </th>
                  {rotating.map(({ i }) => (
                    <td key={i} className={styles.cell}>
                      {person(rotation[m]?.[i]?.person ?? null, rotation[m]?.[i]?.kind ?? 'rotating')}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <SeriesCalendar form={form} at={now} />
    </Section>
  );
}
