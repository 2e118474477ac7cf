import { Field, Select } from '@fluentui/react-components';
import { useT } from '../../i18n/useT';
import type { ChoiceOption } from './ChoiceRadios';

/** An optional choice in a drop-down; "— Choose —" clears it. */
export function ChoiceSelect<V extends string>({
  id,
  label,
  value,
  options,
  issues,
  readOnly,
  onChange,
}: {
  id: string;
  label: string;
  value: V | undefined;
  options: readonly ChoiceOption<V>[];
  issues: readonly string[];
  readOnly: boolean;
  onChange(value: V | undefined): void;
}) {
  const { t } = useT();
  return (
    <Field label={{ children: label, htmlFor: id }} validationMessage={issues.length > 0 ? issues.join(' ') : undefined}>
      <Select
        id={id}
        value={value ?? ''}
        disabled={readOnly}
        onChange={(_e, data) => onChange(data.value === '' ? undefined : (data.value as V))}
      >
        <option value="">{t('choice.none')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}
