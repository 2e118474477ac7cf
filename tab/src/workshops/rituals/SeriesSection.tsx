import { clock } from '@elan/core/documents/charter/clock';
import { commonTimeZones } from '@elan/core/rituals/schedule';
import type { MeetingSeriesDraft, RitualsDraft } from '@elan/core/workshops/rituals';
import { cadenceUnits, mainSeriesId, meetingFormats, ritualRoles, rotations } from '@elan/core/workshops/rituals';
import { Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import { ConfirmDialog } from '../../common/ConfirmDialog';
import { ChoiceSelect } from '../fields/ChoiceSelect';
import { useFieldStyles } from '../fields/styles';
import { FDate, FNumber, FPerson, FRadios, FSelect, FText } from '../form/bound';
import type { FormApi } from '../form/formApi';
import { ListEditor } from '../form/ListEditor';
import { FieldRow, Section } from '../form/Section';
import { agendaSummary } from './agenda';
import { AgendaFit } from './AgendaFit';

const maxSeries = 4;

/** A fresh series id: a few lowercase letters and digits, never `main` nor one already taken. */
function newSeriesId(taken: readonly (string | undefined)[]): string {
  for (;;) {
    const id = Math.random().toString(36).slice(2, 10);
    if (/^[a-z0-9]{1,16}$/.test(id) && id !== mainSeriesId && !taken.includes(id)) return id;
  }
}

/** The series' start time as a time input gives it (HH:MM). */
function TimeField({ form, path }: { form: FormApi; path: string }) {
  const id = form.domId(path);
  const value = form.get(path);
  const issues = form.issuesAt(path);
  return (
    <Field label={{ children: form.label(path), htmlFor: id }} validationMessage={issues.length > 0 ? issues.join(' ') : undefined}>
      <Input
        id={id}
        type="time"
        value={typeof value === 'string' ? value : ''}
        readOnly={form.readOnly}
        onChange={(_e, d) => form.set(path, d.value || undefined)}
      />
    </Field>
  );
}

/** The series' time zone, among the common ones (or the one stored, when it is another). */
function ZoneField({ form, path }: { form: FormApi; path: string }) {
  const value = form.get(path);
  const zone = typeof value === 'string' && value ? value : undefined;
  const zones = zone && !commonTimeZones.includes(zone as never) ? [zone, ...commonTimeZones] : [...commonTimeZones];
  return (
    <ChoiceSelect
      id={form.domId(path)}
      label={form.label(path)}
      value={zone}
      options={zones.map((z) => ({ value: z, label: z }))}
      issues={form.issuesAt(path)}
      readOnly={form.readOnly}
      onChange={(v) => form.set(path, v)}
    />
  );
}

/** One series: name, rhythm, format, place or link, first meeting, duration, and its own agenda and roles. */
function SeriesFields({ form, path }: { form: FormApi; path: string }) {
  const { t } = form;
  const series = form.get(path) as MeetingSeriesDraft | undefined;
  const agenda = series?.agendaTemplate ?? [];
  const summary = agendaSummary(agenda, series?.durationMinutes);
  return (
    <>
      <FText form={form} path={`${path}.name`} max={80} />
      <FieldRow>
        <FNumber form={form} path={`${path}.cadence.every`} min={1} max={12} />
        <FRadios form={form} path={`${path}.cadence.unit`} values={cadenceUnits} />
      </FieldRow>
      <FRadios form={form} path={`${path}.format`} values={meetingFormats} />
      <FText form={form} path={`${path}.place`} max={150} />
      <FieldRow>
        <FDate form={form} path={`${path}.firstMeeting.date`} />
        <TimeField form={form} path={`${path}.firstMeeting.time`} />
        <ZoneField form={form} path={`${path}.firstMeeting.timeZone`} />
      </FieldRow>
      <FNumber form={form} path={`${path}.durationMinutes`} min={30} max={480} hint={t('tab.w3.durationMinutes.hint')} />
      <ListEditor
        form={form}
        path={`${path}.agendaTemplate`}
        max={10}
        hint={t('tab.w3.series.agendaTemplate.hint')}
        newItem={() => ({ label: '' })}
        footerNote={
          agenda.length > 0 ? (
            <AgendaFit id={`${form.domId(`${path}.agendaTemplate`)}-total`} summary={summary} duration={series?.durationMinutes} />
          ) : undefined
        }
        renderItem={(segment, i) => (
          <FieldRow>
            <FText form={form} path={`${segment}.label`} max={60} />
            <FNumber
              form={form}
              path={`${segment}.minutes`}
              min={1}
              max={480}
              hint={t('tab.w3.segment.startsAt', { at: clock(summary.starts[i] ?? 0) })}
            />
            <FSelect form={form} path={`${segment}.roleInCharge`} values={ritualRoles} />
          </FieldRow>
        )}
      />
      <ListEditor
        form={form}
        path={`${path}.roles`}
        max={12}
        hint={t('tab.w3.series.roles.hint')}
        newItem={() => ({})}
        renderItem={(role) => (
          <>
            <FieldRow>
              <FSelect form={form} path={`${role}.role`} values={ritualRoles} />
              <FSelect form={form} path={`${role}.rotation`} values={rotations} />
            </FieldRow>
            <FPerson form={form} path={`${role}.holder`} optional />
          </>
        )}
      />
    </>
  );
}

/**
 * Meeting series beside the regular rhythm (a yearly in-person half-day, a monthly virtual café), each run by the
 * bot. Removing one is asked first: its coming meetings would no longer be announced.
 */
export function SeriesSection({ form }: { form: FormApi }) {
  const { t } = form;
  const fieldStyles = useFieldStyles();
  const draft = form.draft as RitualsDraft;
  const series: MeetingSeriesDraft[] = draft.series ?? [];
  const [asking, setAsking] = useState<{ index: number; remove: () => void } | null>(null);
  const defaultZone = draft.firstMeeting?.timeZone ?? (Intl.DateTimeFormat().resolvedOptions().timeZone || 'America/Toronto');
  const askedName = asking ? series[asking.index]?.name?.trim() || t('tab.w3.series.unnamed') : '';
  return (
    <Section title={t('tab.w3.section.series')} testId="meeting-series">
      <p className={fieldStyles.hint}>{t('tab.w3.series.hint')}</p>
      <ListEditor
        form={form}
        path="series"
        max={maxSeries}
        newItem={() => ({
          id: newSeriesId(series.map((s) => s.id)),
          cadence: {},
          firstMeeting: { timeZone: defaultZone },
        })}
        confirmRemove={(index, remove) => setAsking({ index, remove })}
        renderItem={(path) => <SeriesFields form={form} path={path} />}
      />
      <ConfirmDialog
        open={asking !== null}
        title={t('tab.w3.series.remove.title')}
        body={t('tab.w3.series.remove.body', { name: askedName })}
        confirmLabel={t('tab.w3.series.remove.confirm')}
        busy={false}
        onConfirm={() => {
          asking?.remove();
          setAsking(null);
        }}
        onCancel={() => setAsking(null)}
      />
    </Section>
  );
}
