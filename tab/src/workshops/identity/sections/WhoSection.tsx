import { membershipPolicies, participationLevelKinds } from '@elan/core/workshops/identity';
import { ChoiceRadios } from '../../fields/ChoiceRadios';
import { ChoiceSelect } from '../../fields/ChoiceSelect';
import { TextField } from '../../fields/TextField';
import { ListField } from '../../ListField';
import type { IdentityFormApi } from '../formApi';
import { fieldDomId } from '../labels';
import { Section } from './Section';

/** Who the members are, how one joins, and the levels of participation. */
export function WhoSection({ form }: { form: IdentityFormApi }) {
  const { draft, set, issuesAt, readOnly, t } = form;
  return (
    <Section title={t('w1.section.who')}>
      <TextField
        id={fieldDomId('memberProfile')}
        label={t('w1.memberProfile')}
        value={draft.memberProfile}
        max={500}
        multiline
        issues={issuesAt('memberProfile')}
        readOnly={readOnly}
        onChange={(v) => set('memberProfile', v)}
      />
      <ChoiceRadios
        id={fieldDomId('membershipPolicy')}
        label={t('w1.membershipPolicy')}
        value={draft.membershipPolicy}
        options={membershipPolicies.map((p) => ({ value: p, label: t(`w1.membershipPolicy.${p}`) }))}
        issues={issuesAt('membershipPolicy')}
        readOnly={readOnly}
        onChange={(v) => set('membershipPolicy', v)}
      />
      <TextField
        id={fieldDomId('joinSteps')}
        label={t('w1.joinSteps')}
        value={draft.joinSteps}
        max={300}
        multiline
        issues={issuesAt('joinSteps')}
        readOnly={readOnly}
        onChange={(v) => set('joinSteps', v)}
      />
      <ListField
        id={fieldDomId('participationLevels')}
        label={t('w1.participationLevels')}
        items={draft.participationLevels ?? []}
        max={3}
        issues={issuesAt('participationLevels')}
        readOnly={readOnly}
        newItem={() => ({ level: undefined, expectation: '' })}
        onChange={(items) => set('participationLevels', items)}
        renderItem={(item, i, update) => (
          <>
            <ChoiceSelect
              id={fieldDomId(`participationLevels.${i}.level`)}
              label={t('w1.participationLevel.level')}
              value={item.level}
              options={participationLevelKinds.map((k) => ({ value: k, label: t(`w1.participationLevel.${k}`) }))}
              issues={issuesAt(`participationLevels.${i}.level`)}
              readOnly={readOnly}
              onChange={(level) => update({ ...item, level })}
            />
            <TextField
              id={fieldDomId(`participationLevels.${i}.expectation`)}
              label={t('w1.participationLevel.expectation')}
              value={item.expectation}
              max={200}
              issues={issuesAt(`participationLevels.${i}.expectation`)}
              readOnly={readOnly}
              onChange={(expectation) => update({ ...item, expectation })}
            />
          </>
        )}
      />
    </Section>
  );
}
