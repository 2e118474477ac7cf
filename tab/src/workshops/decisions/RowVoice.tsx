import type { DecisionsDraft } from '@elan/core/workshops/decisions';
import { Field, Select } from '@fluentui/react-components';
import type { FormApi } from '../form/formApi';
import { FieldRow } from '../form/Section';

type Voice = 'default' | 'yes' | 'no';
const toVoice = (value: unknown): Voice => (value === true ? 'yes' : value === false ? 'no' : 'default');
const fromVoice = (voice: Voice): boolean | undefined => (voice === 'default' ? undefined : voice === 'yes');

/**
 * A matrix row's anonymity and hidden results: "as the general rule" (unset, so changing workshop 4's defaults
 * still applies) or set for this decision type, naming what the general rule is now.
 */
export function RowVoice({ form, path }: { form: FormApi; path: string }) {
  const { t } = form;
  const draft = form.draft as DecisionsDraft;
  const anonymousByDefault = draft.anonymityDefault === 'anonymousParticipationVisible';
  const hiddenByDefault = draft.hideResultsUntilClose === true;
  const select = (field: 'anonymous' | 'hideResultsUntilClose', yes: string, no: string, general: boolean) => {
    const fieldPath = `${path}.${field}`;
    return (
      <Field label={t(`tab.w4.row.${field}`)}>
        <Select
          id={form.domId(fieldPath)}
          value={toVoice(form.get(fieldPath))}
          disabled={form.readOnly}
          onChange={(_e, d) => form.set(fieldPath, fromVoice(d.value as Voice))}
        >
          <option value="default">{t('tab.w4.row.voice.general', { rule: general ? yes : no })}</option>
          <option value="yes">{yes}</option>
          <option value="no">{no}</option>
        </Select>
      </Field>
    );
  };
  return (
    <FieldRow>
      {select('anonymous', t('tab.w4.row.anonymous.yes'), t('tab.w4.row.anonymous.no'), anonymousByDefault)}
      {select(
        'hideResultsUntilClose',
        t('tab.w4.row.hideResultsUntilClose.yes'),
        t('tab.w4.row.hideResultsUntilClose.no'),
        hiddenByDefault,
      )}
    </FieldRow>
  );
}
