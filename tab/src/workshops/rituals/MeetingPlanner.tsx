import type { RitualsDraft } from '@elan/core/workshops/rituals';
import { Field, Input, makeStyles, Select, Textarea, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { preferences } from '../../common/storage';
import type { FormApi } from '../form/formApi';
import { FieldRow, Section } from '../form/Section';
import { useFieldStyles } from '../fields/styles';
import { commonTimeZones, isTimeZone, nextMeetingDates } from './meetingDates';
import { parsePeople, rotationPlan } from './rotation';

const useStyles = makeStyles({
  tableWrap: { overflowX: 'auto', maxWidth: '100%' },
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase300 },
  cell: { textAlign: 'left', verticalAlign: 'top', padding: '6px 8px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
});

interface Plan {
  date: string;
  time: string;
  timeZone: string;
  people: string;
}

const storageKey = (communityId: string) => `elan.meetingPlan.${communityId}`;

function readPlan(communityId: string): Plan {
  const fallbackZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'America/Toronto';
  const empty: Plan = { date: '', time: '13:30', timeZone: fallbackZone, people: '' };
  try {
    return { ...empty, ...(JSON.parse(preferences.get(storageKey(communityId)) ?? '{}') as Partial<Plan>) };
  } catch {
    return empty;
  }
}

/**
 * The next six meetings at the chosen rhythm, in the community's time zone, with who holds each rotating role.
 * The first date, time, zone and the people who rotate are planning aids kept in this browser, not in the
 * workshop (the charter keeps the rhythm; dates are confirmed in the channel).
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
  const zones = commonTimeZones.includes(plan.timeZone as never) ? commonTimeZones : [plan.timeZone, ...commonTimeZones];
  const every = draft.cadence?.every;
  const unit = draft.cadence?.unit;
  const dates = useMemo(
    () =>
      every && unit && plan.date ? nextMeetingDates({ date: plan.date, time: plan.time }, { every, unit }, 6, plan.timeZone, now) : [],
    [every, unit, plan.date, plan.time, plan.timeZone, now],
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
    timeZone: isTimeZone(plan.timeZone) ? plan.timeZone : 'UTC',
    dateStyle: 'full',
    timeStyle: 'short',
  });
  const person = (name: string | null, kind: string) =>
    name ?? (kind === 'volunteer' ? t('tab.w3.plan.volunteer') : t('tab.w3.plan.nobody'));

  return (
    <Section title={t('tab.w3.section.plan')} testId="meeting-planner">
      <p className={fieldStyles.hint}>{t('tab.w3.plan.hint')}</p>
      <FieldRow>
        <Field label={t('tab.w3.plan.firstDate')}>
          <Input type="date" value={plan.date} onChange={(_e, d) => setPlan({ date: d.value })} />
        </Field>
        <Field label={t('tab.w3.plan.time')}>
          <Input type="time" value={plan.time} onChange={(_e, d) => setPlan({ time: d.value })} />
        </Field>
        <Field label={t('tab.w3.plan.timeZone')}>
          <Select value={plan.timeZone} onChange={(_e, d) => setPlan({ timeZone: d.value })}>
            {zones.map((z) => (
              <option key={z} value={z}>
                {z}
              </option>
            ))}
          </Select>
        </Field>
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
              {t('tab.w3.plan.caption', { zone: plan.timeZone })}
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
    </Section>
  );
}
