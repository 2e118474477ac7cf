import { Field, Input } from '@fluentui/react-components';
import { useT } from '../i18n/useT';
import { clampInt } from './surveyAsks';

/**
 * A whole-number field typed freely and brought back into its range when it loses the focus; its label and hint
 * are the catalog's `tabAsks.<name>` and `tabAsks.<name>.hint`.
 */
export function RangeField({
  name,
  range,
  value,
  fallback,
  onChange,
}: {
  name: 'threshold' | 'duration';
  range: { min: number; max: number };
  value: string;
  fallback: number;
  onChange(value: string): void;
}) {
  const { t } = useT();
  return (
    <Field label={t(`tabAsks.${name}`)} hint={t(`tabAsks.${name}.hint`, range)}>
      <Input
        type="number"
        min={range.min}
        max={range.max}
        value={value}
        onChange={(_e, d) => onChange(d.value)}
        onBlur={() => onChange(String(clampInt(value, range, fallback)))}
      />
    </Field>
  );
}
