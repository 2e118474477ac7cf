import { Field, Select } from '@fluentui/react-components';
import { useState } from 'react';
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
  lazy,
}: {
  id: string;
  label: string;
  value: V | undefined;
  options: readonly ChoiceOption<V>[];
  issues: readonly string[];
  readOnly: boolean;
  onChange(value: V | undefined): void;
  /**
   * Long option lists (300 stakeholders, in each of 20 relationship rows) render only the chosen option until
   * the control is focused or pressed, so a page of rows stays light.
   */
  lazy?: boolean;
}) {
  const { t } = useT();
  const [awake, setAwake] = useState(!lazy);
  const shown = awake ? options : options.filter((o) => o.value === value);
  return (
    <Field label={{ children: label, htmlFor: id }} validationMessage={issues.length > 0 ? issues.join(' ') : undefined}>
      <Select
        id={id}
        value={value ?? ''}
        disabled={readOnly}
        onChange={(_e, data) => onChange(data.value === '' ? undefined : (data.value as V))}
        onFocus={lazy ? () => setAwake(true) : undefined}
        onPointerDown={lazy ? () => setAwake(true) : undefined}
      >
        <option value="">{t('choice.none')}</option>
        {shown.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}
