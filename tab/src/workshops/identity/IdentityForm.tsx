import { aims, communityLanguages, lifespans, membershipPolicies, participationLevelKinds } from '@elan/core/workshops/identity';
import { FDate, FMulti, FPerson, FRadios, FSelect, FText } from '../form/bound';
import type { FormApi } from '../form/formApi';
import { ListEditor } from '../form/ListEditor';
import { Section } from '../form/Section';

/** Every field of workshop 1, in the order the session runs. */
export function IdentityForm({ form }: { form: FormApi }) {
  const { t } = form;
  const scopeList = (field: 'inScope' | 'outOfScope') => (
    <ListEditor
      form={form}
      path={field}
      max={10}
      compact
      newItem={() => ''}
      renderItem={(path, i) => (
        <FText form={form} path={path} label={t('tab.list.itemLabel', { label: t('w1.scopeItem'), n: i + 1 })} max={120} />
      )}
    />
  );
  return (
    <>
      <Section title={t('w1.section.identity')}>
        <FText form={form} path="name" max={60} />
        <FText form={form} path="tagline" max={140} />
        <FText form={form} path="domain" max={300} multiline />
        <FText form={form} path="purposeStatement" hint={t('w1.purposeStatement.hint')} max={400} multiline />
        <FMulti form={form} path="aim" values={aims} max={2} />
      </Section>
      <Section title={t('w1.section.who')}>
        <FText form={form} path="memberProfile" max={500} multiline />
        <FRadios form={form} path="membershipPolicy" values={membershipPolicies} />
        <FText form={form} path="joinSteps" max={300} multiline />
        <ListEditor
          form={form}
          path="participationLevels"
          max={3}
          newItem={() => ({ expectation: '' })}
          renderItem={(path) => (
            <>
              <FSelect form={form} path={`${path}.level`} values={participationLevelKinds} />
              <FText form={form} path={`${path}.expectation`} max={200} />
            </>
          )}
        />
      </Section>
      <Section title={t('w1.section.values')}>
        <ListEditor
          form={form}
          path="values"
          max={5}
          newItem={() => ({ label: '', meaning: '' })}
          renderItem={(path) => (
            <>
              <FText form={form} path={`${path}.label`} max={30} />
              <FText form={form} path={`${path}.meaning`} max={200} multiline />
            </>
          )}
        />
      </Section>
      <Section title={t('w1.section.success')}>
        <FText form={form} path="successIn12Months" max={600} multiline />
        {scopeList('inScope')}
        {scopeList('outOfScope')}
      </Section>
      <Section title={t('w1.section.sponsors')}>
        <ListEditor
          form={form}
          path="sponsors"
          max={3}
          newItem={() => ({ person: { name: '' }, role: '', expectations: '' })}
          renderItem={(path) => (
            <>
              <FPerson form={form} path={`${path}.person`} />
              <FText form={form} path={`${path}.role`} max={80} />
              <FText form={form} path={`${path}.expectations`} max={300} multiline />
            </>
          )}
        />
      </Section>
      <Section title={t('w1.section.lifespan')}>
        <FRadios form={form} path="lifespan" values={lifespans} />
        <FDate form={form} path="reviewDate" />
        <FSelect form={form} path="languages" values={communityLanguages} />
      </Section>
    </>
  );
}
