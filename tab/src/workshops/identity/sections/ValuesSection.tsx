import { TextField } from '../../fields/TextField';
import { ListField } from '../../ListField';
import type { IdentityFormApi } from '../formApi';
import { fieldDomId } from '../labels';
import { Section } from './Section';

/** The 3–5 values, each with what it means in behaviour. */
export function ValuesSection({ form }: { form: IdentityFormApi }) {
  const { draft, set, issuesAt, readOnly, t } = form;
  return (
    <Section title={t('w1.section.values')}>
      <ListField
        id={fieldDomId('values')}
        label={t('w1.values')}
        items={draft.values ?? []}
        max={5}
        issues={issuesAt('values')}
        readOnly={readOnly}
        newItem={() => ({ label: '', meaning: '' })}
        onChange={(items) => set('values', items)}
        renderItem={(item, i, update) => (
          <>
            <TextField
              id={fieldDomId(`values.${i}.label`)}
              label={t('w1.value.label')}
              value={item.label}
              max={30}
              issues={issuesAt(`values.${i}.label`)}
              readOnly={readOnly}
              onChange={(label) => update({ ...item, label })}
            />
            <TextField
              id={fieldDomId(`values.${i}.meaning`)}
              label={t('w1.value.meaning')}
              value={item.meaning}
              max={200}
              multiline
              issues={issuesAt(`values.${i}.meaning`)}
              readOnly={readOnly}
              onChange={(meaning) => update({ ...item, meaning })}
            />
          </>
        )}
      />
    </Section>
  );
}
