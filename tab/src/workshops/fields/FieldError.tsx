import { ErrorCircle12Filled } from '@fluentui/react-icons';
import { useFieldStyles } from './styles';

/** Validation messages of a control group (Fluent `Field` shows them for single controls). */
export function FieldError({ id, messages }: { id: string; messages: readonly string[] }) {
  const styles = useFieldStyles();
  if (messages.length === 0) return null;
  return (
    <p id={id} className={styles.error}>
      <ErrorCircle12Filled aria-hidden style={{ marginTop: 3, flexShrink: 0 }} />
      <span>{messages.join(' ')}</span>
    </p>
  );
}
