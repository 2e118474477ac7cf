import { Checkbox, mergeClasses } from '@fluentui/react-components';
import type { ChoiceOption } from './ChoiceRadios';
import { FieldError } from './FieldError';
import { useFieldStyles } from './styles';

/** Several choices with an upper bound (`aim`: one or two); once `max` are ticked the others wait. */
export function CheckboxGroup<V extends string>({
  id,
  label,
  values,
  options,
  max,
  issues,
  readOnly,
  onChange,
}: {
  id: string;
  label: string;
  values: readonly V[];
  options: readonly ChoiceOption<V>[];
  max: number;
  issues: readonly string[];
  readOnly: boolean;
  onChange(values: V[]): void;
}) {
  const styles = useFieldStyles();
  const errorId = `${id}-error`;
  const full = values.length >= max;
  return (
    <fieldset id={id} className={styles.fieldset} aria-describedby={issues.length > 0 ? errorId : undefined}>
      <legend className={mergeClasses(styles.legend, styles.legendPlain)}>{label}</legend>
      <div className={styles.options}>
        {options.map((o) => {
          const checked = values.includes(o.value);
          return (
            <Checkbox
              key={o.value}
              value={o.value}
              label={o.label}
              checked={checked}
              disabled={readOnly || (!checked && full)}
              onChange={(_e, data) => onChange(data.checked ? [...values, o.value] : values.filter((v) => v !== o.value))}
            />
          );
        })}
      </div>
      <FieldError id={errorId} messages={issues} />
    </fieldset>
  );
}
