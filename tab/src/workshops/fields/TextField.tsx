import { Field, Input, mergeClasses, Textarea } from '@fluentui/react-components';
import { useT } from '../../i18n/useT';
import { useFieldStyles } from './styles';

export interface TextFieldProps {
  /** DOM id of the input (see `fieldDomId`). */
  id: string;
  label: string;
  value: string | undefined;
  /** The schema's maximum length, shown as a counter. */
  max: number;
  multiline?: boolean;
  hint?: string;
  /** Validation messages for this field. */
  issues: readonly string[];
  readOnly: boolean;
  type?: 'text' | 'date';
  onChange(value: string): void;
}

/**
 * A labelled text input with a character counter. The length is not capped in the browser on purpose:
 * a pasted text that is too long stays visible and the schema's message says what to cut.
 */
export function TextField({ id, label, value = '', max, multiline, hint, issues, readOnly, type = 'text', onChange }: TextFieldProps) {
  const { t } = useT();
  const styles = useFieldStyles();
  // The schema trims before measuring, so the counter does too.
  const count = value.trim().length;
  const counter =
    type === 'text' && !readOnly ? (
      <span className={mergeClasses(styles.counter, count > max && styles.counterOver)}>{t('tab.field.counter', { count, max })}</span>
    ) : undefined;
  const hintContent =
    hint || counter ? (
      <span className={styles.hintRow}>
        {hint && <span>{hint}</span>}
        {counter}
      </span>
    ) : undefined;
  const control = multiline ? (
    <Textarea id={id} value={value} readOnly={readOnly} resize="vertical" rows={3} onChange={(_e, data) => onChange(data.value)} />
  ) : (
    <Input id={id} type={type} value={value} readOnly={readOnly} onChange={(_e, data) => onChange(data.value)} />
  );
  return (
    <Field label={{ children: label, htmlFor: id }} hint={hintContent} validationMessage={issues.length > 0 ? issues.join(' ') : undefined}>
      {control}
    </Field>
  );
}
