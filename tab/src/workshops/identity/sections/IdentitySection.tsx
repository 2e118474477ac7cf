import { aims } from '@elan/core/workshops/identity';
import { CheckboxGroup } from '../../fields/CheckboxGroup';
import { TextField } from '../../fields/TextField';
import type { IdentityFormApi } from '../formApi';
import { fieldDomId } from '../labels';
import { Section } from './Section';

/** Name, tagline, domain, purpose and aim. */
export function IdentitySection({ form }: { form: IdentityFormApi }) {
  const { draft, set, issuesAt, readOnly, t } = form;
  return (
    <Section title={t('w1.section.identity')}>
      <TextField
        id={fieldDomId('name')}
        label={t('w1.name')}
        value={draft.name}
        max={60}
        issues={issuesAt('name')}
        readOnly={readOnly}
        onChange={(v) => set('name', v)}
      />
      <TextField
        id={fieldDomId('tagline')}
        label={t('w1.tagline')}
        value={draft.tagline}
        max={140}
        issues={issuesAt('tagline')}
        readOnly={readOnly}
        onChange={(v) => set('tagline', v)}
      />
      <TextField
        id={fieldDomId('domain')}
        label={t('w1.domain')}
        value={draft.domain}
        max={300}
        multiline
        issues={issuesAt('domain')}
        readOnly={readOnly}
        onChange={(v) => set('domain', v)}
      />
      <TextField
        id={fieldDomId('purposeStatement')}
        label={t('w1.purposeStatement')}
        hint={t('w1.purposeStatement.hint')}
        value={draft.purposeStatement}
        max={400}
        multiline
        issues={issuesAt('purposeStatement')}
        readOnly={readOnly}
        onChange={(v) => set('purposeStatement', v)}
      />
      <CheckboxGroup
        id={fieldDomId('aim')}
        label={t('w1.aim')}
        values={draft.aim ?? []}
        options={aims.map((a) => ({ value: a, label: t(`w1.aim.${a}`) }))}
        max={2}
        issues={issuesAt('aim')}
        readOnly={readOnly}
        onChange={(v) => set('aim', v)}
      />
    </Section>
  );
}
