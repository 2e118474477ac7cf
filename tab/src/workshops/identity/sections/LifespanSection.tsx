import { communityLanguages, lifespans } from '@elan/core/workshops/identity';
import { ChoiceRadios } from '../../fields/ChoiceRadios';
import { ChoiceSelect } from '../../fields/ChoiceSelect';
import { TextField } from '../../fields/TextField';
import type { IdentityFormApi } from '../formApi';
import { fieldDomId } from '../labels';
import { Section } from './Section';

/** How long the community plans to exist, when to review, and its languages. */
export function LifespanSection({ form }: { form: IdentityFormApi }) {
  const { draft, set, issuesAt, readOnly, t } = form;
  return (
    <Section title={t('w1.section.lifespan')}>
      <ChoiceRadios
        id={fieldDomId('lifespan')}
        label={t('w1.lifespan')}
        value={draft.lifespan}
        options={lifespans.map((l) => ({ value: l, label: t(`w1.lifespan.${l}`) }))}
        issues={issuesAt('lifespan')}
        readOnly={readOnly}
        onChange={(v) => set('lifespan', v)}
      />
      <TextField
        id={fieldDomId('reviewDate')}
        type="date"
        label={t('w1.reviewDate')}
        value={draft.reviewDate}
        max={10}
        issues={issuesAt('reviewDate')}
        readOnly={readOnly}
        // An emptied date input gives "", which is not a date: remove the field instead.
        onChange={(v) => set('reviewDate', v === '' ? undefined : v)}
      />
      <ChoiceSelect
        id={fieldDomId('languages')}
        label={t('w1.languages')}
        value={draft.languages}
        options={communityLanguages.map((l) => ({ value: l, label: t(`w1.languages.${l}`) }))}
        issues={issuesAt('languages')}
        readOnly={readOnly}
        onChange={(v) => set('languages', v)}
      />
    </Section>
  );
}
