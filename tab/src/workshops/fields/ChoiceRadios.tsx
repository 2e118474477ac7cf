import { Field, Radio, RadioGroup } from '@fluentui/react-components';
import { useFieldStyles } from './styles';

export interface ChoiceOption<V extends string> {
  value: V;
  label: string;
}

/** One choice among a few, all visible (membership policy, lifespan). */
export function ChoiceRadios<V extends string>({
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
  onChange(value: V): void;
}) {
  const styles = useFieldStyles();
  return (
    <Field label={label} validationMessage={issues.length > 0 ? issues.join(' ') : undefined}>
      {/* An empty string keeps the group controlled while nothing is chosen. */}
      <RadioGroup
        id={id}
        className={styles.options}
        value={value ?? ''}
        layout="horizontal"
        disabled={readOnly}
        onChange={(_e, data) => onChange(data.value as V)}
      >
        {options.map((o) => (
          <Radio key={o.value} value={o.value} label={o.label} />
        ))}
      </RadioGroup>
    </Field>
  );
}
