import type { NotebookView } from '@elan/core/contract';
import { Badge, Field, Input } from '@fluentui/react-components';
import { CheckmarkCircleRegular, EditRegular } from '@fluentui/react-icons';
import { useT } from '../i18n/useT';

/** A notebook's status as a labelled badge (the text, not the colour, carries the meaning). */
export function NotebookStatusBadge({ status }: { status: NotebookView['status'] }) {
  const { t } = useT();
  const approved = status === 'approved';
  return (
    <Badge
      appearance="tint"
      shape="rounded"
      color={approved ? 'success' : 'informative'}
      icon={approved ? <CheckmarkCircleRegular /> : <EditRegular />}
      data-testid="notebook-status"
      data-status={status}
    >
      {t(approved ? 'tab.notebooks.status.approved' : 'tab.notebooks.status.draft')}
    </Badge>
  );
}

/** The words for a meeting's format, or undefined when the series does not say. */
export function formatKey(format: NotebookView['format']) {
  return format ? (`tab.notebooks.format.${format}` as const) : undefined;
}

/** A one-line text input with its label, hint and validation messages (links, file names, tags). */
export function LineField({
  id,
  label,
  value,
  hint,
  issues,
  type = 'text',
  readOnly,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  hint?: string;
  issues: readonly string[];
  type?: 'text' | 'url';
  readOnly: boolean;
  onChange(value: string): void;
}) {
  return (
    <Field label={{ children: label, htmlFor: id }} hint={hint} validationMessage={issues.length > 0 ? issues.join(' ') : undefined}>
      <Input id={id} type={type} value={value} readOnly={readOnly} onChange={(_e, data) => onChange(data.value)} />
    </Field>
  );
}
