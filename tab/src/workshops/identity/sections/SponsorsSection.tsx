import { TextField } from '../../fields/TextField';
import { ListField } from '../../ListField';
import type { IdentityFormApi } from '../formApi';
import { fieldDomId } from '../labels';
import { Section } from './Section';

/** Sponsors, their role and what they expect. */
export function SponsorsSection({ form }: { form: IdentityFormApi }) {
  const { draft, set, issuesAt, readOnly, t } = form;
  return (
    <Section title={t('w1.section.sponsors')}>
      <ListField
        id={fieldDomId('sponsors')}
        label={t('w1.sponsors')}
        items={draft.sponsors ?? []}
        max={3}
        issues={issuesAt('sponsors')}
        readOnly={readOnly}
        newItem={() => ({ person: { name: '' }, role: '', expectations: '' })}
        onChange={(items) => set('sponsors', items)}
        renderItem={(item, i, update) => (
          <>
            <TextField
              id={fieldDomId(`sponsors.${i}.person.name`)}
              label={t('w1.sponsor.person')}
              value={item.person?.name}
              max={100}
              issues={[...issuesAt(`sponsors.${i}.person`), ...issuesAt(`sponsors.${i}.person.name`)]}
              readOnly={readOnly}
              // A typed name replaces any picked Teams user: the id would no longer match the name.
              onChange={(name) => update({ ...item, person: { name } })}
            />
            <TextField
              id={fieldDomId(`sponsors.${i}.role`)}
              label={t('w1.sponsor.role')}
              value={item.role}
              max={80}
              issues={issuesAt(`sponsors.${i}.role`)}
              readOnly={readOnly}
              onChange={(role) => update({ ...item, role })}
            />
            <TextField
              id={fieldDomId(`sponsors.${i}.expectations`)}
              label={t('w1.sponsor.expectations')}
              value={item.expectations}
              max={300}
              multiline
              issues={issuesAt(`sponsors.${i}.expectations`)}
              readOnly={readOnly}
              onChange={(expectations) => update({ ...item, expectations })}
            />
          </>
        )}
      />
    </Section>
  );
}
