import { deliverableTypes } from '@elan/core/workshops/problemProject';
import { FDate, FNumber, FPerson, FScale, FSelect, FText } from '../form/bound';
import type { FormApi } from '../form/formApi';
import { ListEditor } from '../form/ListEditor';
import { FieldRow, Section } from '../form/Section';

/** Every field of workshop 2: problems, the project, its plan, its means and its baselines. */
export function ProblemProjectForm({ form }: { form: FormApi }) {
  const { t } = form;
  return (
    <>
      <Section title={t('tab.w2.section.problems')}>
        <FText form={form} path="needsSurveyPollId" max={64} hint={t('tab.w2.needsSurveyPollId.hint')} />
        <ListEditor
          form={form}
          path="problems"
          max={10}
          hint={t('tab.w2.problems.hint')}
          newItem={() => ({ statement: '', whoIsAffected: '', evidence: '' })}
          renderItem={(path) => (
            <>
              <FText form={form} path={`${path}.statement`} max={250} multiline />
              <FText form={form} path={`${path}.whoIsAffected`} max={200} />
              <FText form={form} path={`${path}.evidence`} max={400} multiline />
              <FScale form={form} path={`${path}.severity`} min={1} max={5} />
            </>
          )}
        />
        <FText form={form} path="priorityPollId" max={64} hint={t('tab.w2.priorityPollId.hint')} />
      </Section>
      <Section title={t('tab.w2.section.project')}>
        <FText form={form} path="projectTitle" max={100} />
        <ListEditor
          form={form}
          path="objectives"
          max={3}
          compact
          hint={t('tab.w2.objectives.hint')}
          newItem={() => ''}
          renderItem={(path, i) => (
            <FText form={form} path={path} label={t('tab.list.itemLabel', { label: t('tab.w2.objective'), n: i + 1 })} max={200} />
          )}
        />
        <ListEditor
          form={form}
          path="deliverables"
          max={8}
          newItem={() => ({ description: '' })}
          renderItem={(path) => (
            <>
              <FieldRow>
                <FSelect form={form} path={`${path}.type`} values={deliverableTypes} />
                <FDate form={form} path={`${path}.due`} />
              </FieldRow>
              <FText form={form} path={`${path}.description`} max={200} />
              <FPerson form={form} path={`${path}.owner`} optional />
            </>
          )}
        />
        <ListEditor
          form={form}
          path="milestones"
          max={10}
          hint={t('tab.w2.milestones.hint')}
          newItem={() => ({ label: '' })}
          renderItem={(path) => (
            <FieldRow>
              <FText form={form} path={`${path}.label`} max={100} />
              <FDate form={form} path={`${path}.date`} />
            </FieldRow>
          )}
        />
      </Section>
      <Section title={t('tab.w2.section.means')}>
        <FieldRow>
          <FNumber form={form} path="resources.hoursPerMemberPerMonth" min={0} max={200} />
          <FNumber form={form} path="resources.facilitatorHoursPerWeek" min={0} max={60} />
          <FNumber form={form} path="resources.budget" min={0} max={100_000_000} />
        </FieldRow>
        <FText form={form} path="resources.people" max={300} multiline />
        <ListEditor
          form={form}
          path="risks"
          max={8}
          newItem={() => ({ risk: '', mitigation: '' })}
          renderItem={(path) => (
            <>
              <FText form={form} path={`${path}.risk`} max={200} />
              <FScale form={form} path={`${path}.likelihood`} min={1} max={3} />
              <FText form={form} path={`${path}.mitigation`} max={200} />
            </>
          )}
        />
      </Section>
      <Section title={t('tab.w2.section.baselines')}>
        <ListEditor
          form={form}
          path="baselines"
          max={8}
          hint={t('tab.w2.baselines.hint')}
          newItem={() => ({ indicator: '', value: '', source: '' })}
          renderItem={(path) => (
            <>
              <FText form={form} path={`${path}.indicator`} max={120} />
              <FieldRow>
                <FText form={form} path={`${path}.value`} max={40} />
                <FDate form={form} path={`${path}.date`} />
              </FieldRow>
              <FText form={form} path={`${path}.source`} max={120} />
            </>
          )}
        />
      </Section>
    </>
  );
}
