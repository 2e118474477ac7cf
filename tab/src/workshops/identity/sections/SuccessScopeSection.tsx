import { TextField } from '../../fields/TextField';
import { ListField } from '../../ListField';
import type { IdentityFormApi } from '../formApi';
import { fieldDomId } from '../labels';
import { Section } from './Section';

/** Success in 12 months, and what is in and out of scope. */
export function SuccessScopeSection({ form }: { form: IdentityFormApi }) {
  const { draft, set, issuesAt, readOnly, t } = form;
  const scopeList = (field: 'inScope' | 'outOfScope') => (
    <ListField
      id={fieldDomId(field)}
      label={t(`w1.${field}`)}
      items={draft[field] ?? []}
      max={10}
      compact
      issues={issuesAt(field)}
      readOnly={readOnly}
      newItem={() => ''}
      onChange={(items) => set(field, items)}
      renderItem={(item, i, update) => (
        <TextField
          id={fieldDomId(`${field}.${i}`)}
          label={t('tab.list.itemLabel', { label: t('w1.scopeItem'), n: i + 1 })}
          value={item}
          max={120}
          issues={issuesAt(`${field}.${i}`)}
          readOnly={readOnly}
          onChange={update}
        />
      )}
    />
  );
  return (
    <Section title={t('w1.section.success')}>
      <TextField
        id={fieldDomId('successIn12Months')}
        label={t('w1.successIn12Months')}
        value={draft.successIn12Months}
        max={600}
        multiline
        issues={issuesAt('successIn12Months')}
        readOnly={readOnly}
        onChange={(v) => set('successIn12Months', v)}
      />
      {scopeList('inScope')}
      {scopeList('outOfScope')}
    </Section>
  );
}
