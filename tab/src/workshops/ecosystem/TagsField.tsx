import { Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import type { FormApi } from '../form/formApi';
import { parseTags } from './stakeholderFilter';

/**
 * Tags typed as a list ("santé, patients"); the text is kept as typed while it says the same tags, and the
 * known tags are offered as suggestions so the vocabulary stays small.
 */
export function TagsField({ form, path, known }: { form: FormApi; path: string; known: readonly string[] }) {
  const value = form.get(path);
  const tags = Array.isArray(value) ? (value as string[]) : [];
  const [text, setText] = useState(tags.join(', '));
  const shown = parseTags(text).join('|') === tags.join('|') ? text : tags.join(', ');
  const id = form.domId(path);
  const issues = form.issuesUnder(path);
  return (
    <Field
      label={{ children: form.label(path), htmlFor: id }}
      hint={form.t('tab.w5.tags.hint')}
      validationMessage={issues.length > 0 ? issues.join(' ') : undefined}
    >
      <Input
        id={id}
        value={shown}
        readOnly={form.readOnly}
        list={`${id}-known`}
        onChange={(_e, d) => {
          setText(d.value);
          form.set(path, parseTags(d.value));
        }}
      />
      <datalist id={`${id}-known`}>
        {known.map((k) => (
          <option key={k} value={k} />
        ))}
      </datalist>
    </Field>
  );
}
