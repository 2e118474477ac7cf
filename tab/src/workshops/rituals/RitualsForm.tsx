import type { RitualsDraft } from '@elan/core/workshops/rituals';
import {
  betweenMeetingActivities,
  cadenceUnits,
  meetingFormats,
  minutesVisibilities,
  ritualRoles,
  rotations,
  summaryVisibilities,
} from '@elan/core/workshops/rituals';
import { Button } from '@fluentui/react-components';
import { TextBulletListSquareRegular } from '@fluentui/react-icons';
import { Suspense } from 'react';
import { lazyScreen } from '../../routing/lazyScreen';
import { FDate, FMulti, FNumber, FPerson, FRadios, FSelect, FText } from '../form/bound';
import type { FormApi } from '../form/formApi';
import { ListEditor } from '../form/ListEditor';
import { FieldRow, Section } from '../form/Section';
import { useFieldStyles } from '../fields/styles';
import { agendaSummary } from './agenda';
import { SegmentFields } from './SegmentFields';
import { AgendaFit } from './AgendaFit';
import { standardAgenda } from './standardAgenda';
import { GuestsSection } from './GuestsSection';
import { KickOffSection } from './KickOffSection';
import { QuestionOfMonthFields } from './QuestionOfMonthFields';
import { SeriesSection } from './SeriesSection';

// Its own download, with the rest of the catalog when that has not arrived yet (see lazyScreen).
const MeetingPlanner = lazyScreen(() => import('./MeetingPlanner'), { fallback: null });

/** Every field of workshop 3: rhythm, agenda, roles, capture, between meetings, welcome and ending. */
export function RitualsForm({ form }: { form: FormApi }) {
  const { t } = form;
  const fieldStyles = useFieldStyles();
  const draft = form.draft as RitualsDraft;
  const agenda = draft.agendaTemplate ?? [];
  const summary = agendaSummary(agenda, draft.durationMinutes);
  return (
    <>
      <Section title={t('tab.w3.section.rhythm')}>
        <FieldRow>
          <FNumber form={form} path="cadence.every" min={1} max={12} />
          <FRadios form={form} path="cadence.unit" values={cadenceUnits} />
        </FieldRow>
        <FieldRow>
          <FNumber
            form={form}
            path="durationMinutes"
            min={30}
            max={480}
            hint={summary.fit === 'over' ? t('tab.w3.durationMinutes.over', { total: summary.total }) : t('tab.w3.durationMinutes.hint')}
          />
          <FNumber
            form={form}
            path="inPersonPerYear"
            min={0}
            max={12}
            hint={draft.inPersonPerYear === 0 ? t('tab.w3.inPersonPerYear.warn') : t('tab.w3.inPersonPerYear.hint')}
          />
        </FieldRow>
        <FRadios form={form} path="format" values={meetingFormats} />
        <FText form={form} path="place" max={150} />
      </Section>
      <Suspense fallback={null}>
        <MeetingPlanner form={form} />
      </Suspense>
      <SeriesSection form={form} />
      <Section title={t('tab.w3.section.agenda')}>
        <ListEditor
          form={form}
          path="agendaTemplate"
          max={10}
          hint={t('tab.w3.agendaTemplate.hint')}
          newItem={() => ({ label: '' })}
          footerNote={<AgendaFit id={`${form.domId('agendaTemplate')}-total`} summary={summary} duration={draft.durationMinutes} />}
          extraActions={
            agenda.length === 0 && !form.readOnly ? (
              <Button icon={<TextBulletListSquareRegular />} onClick={() => form.set('agendaTemplate', standardAgenda(t))}>
                {t('tab.w3.agenda.useStandard')}
              </Button>
            ) : undefined
          }
          renderItem={(path, i) => <SegmentFields form={form} path={path} startsAt={summary.starts[i] ?? 0} />}
        />
      </Section>
      <KickOffSection form={form} />
      <Section title={t('tab.w3.section.roles')}>
        <ListEditor
          form={form}
          path="roles"
          max={12}
          hint={t('tab.w3.roles.hint')}
          newItem={() => ({})}
          renderItem={(path) => (
            <>
              <FieldRow>
                <FSelect form={form} path={`${path}.role`} values={ritualRoles} />
                <FSelect form={form} path={`${path}.rotation`} values={rotations} />
              </FieldRow>
              <FPerson form={form} path={`${path}.holder`} optional />
            </>
          )}
        />
      </Section>
      <GuestsSection form={form} />
      <Section title={t('tab.w3.section.capture')}>
        <p className={fieldStyles.hint}>{t('tab.w3.capture.hint')}</p>
        <FRadios form={form} path="capture.minutesVisibility" values={minutesVisibilities} />
        <FRadios form={form} path="capture.summaryVisibility" values={summaryVisibilities} />
        <FieldRow>
          <FText form={form} path="capture.resourcesLocation" max={150} />
          <FNumber form={form} path="capture.dueWorkingDays" min={1} max={10} />
        </FieldRow>
      </Section>
      <Section title={t('tab.w3.section.belonging')}>
        <FMulti form={form} path="betweenMeetings" values={betweenMeetingActivities} max={5} />
        <QuestionOfMonthFields form={form} />
        <FText form={form} path="betweenMeetingsNote" max={200} />
        <FText form={form} path="welcomeSteps" max={500} multiline hint={t('tab.w3.welcomeSteps.hint')} />
        <FText form={form} path="celebrations" max={300} multiline />
        <FDate form={form} path="endOfLife.reviewDate" />
        <FText form={form} path="endOfLife.legacyPlan" max={400} multiline />
      </Section>
    </>
  );
}
