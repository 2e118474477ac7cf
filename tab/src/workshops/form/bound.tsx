import { Checkbox, Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import { CheckboxGroup } from '../fields/CheckboxGroup';
import { ChoiceRadios, type ChoiceOption } from '../fields/ChoiceRadios';
import { ChoiceSelect } from '../fields/ChoiceSelect';
import { TextField } from '../fields/TextField';
import type { FormApi } from './formApi';
import { choiceLabel } from './labels';

/**
 * Form controls bound to a path of the draft: they read the value, write it back, and show the schema's messages
 * for that path. Labels default to the path's label in the workshop's catalog entries.
 */
interface Bound {
  form: FormApi;
  path: string;
  label?: string;
  hint?: string;
}

const leaf = (path: string) =>
  path
    .split('.')
    .filter((s) => !/^\d+$/.test(s))
    .pop() ?? path;

/** The options of a choice, labelled from the catalog (by the path's last part name, or `name`). */
export function choiceOptions<V extends string>(form: FormApi, name: string, values: readonly V[]): ChoiceOption<V>[] {
  return values.map((value) => ({ value, label: choiceLabel(form.labels, name, value, form.t) ?? value }));
}

export function FText({ form, path, label, hint, max, multiline }: Bound & { max: number; multiline?: boolean }) {
  const value = form.get(path);
  return (
    <TextField
      id={form.domId(path)}
      label={label ?? form.label(path)}
      hint={hint}
      value={typeof value === 'string' ? value : undefined}
      max={max}
      multiline={multiline}
      issues={form.issuesAt(path)}
      readOnly={form.readOnly}
      onChange={(v) => form.set(path, v)}
    />
  );
}

export function FDate({ form, path, label, hint }: Bound) {
  const value = form.get(path);
  return (
    <TextField
      id={form.domId(path)}
      type="date"
      label={label ?? form.label(path)}
      hint={hint}
      value={typeof value === 'string' ? value : undefined}
      max={10}
      issues={form.issuesAt(path)}
      readOnly={form.readOnly}
      // An emptied date input gives "", which is not a date: remove the field instead.
      onChange={(v) => form.set(path, v === '' ? undefined : v)}
    />
  );
}

/**
 * A whole number, or with `decimals` any number. The typed text is kept while it reads as the stored number
 * ("1." or "01" while typing); when the stored number changes from elsewhere (undo, take theirs), the stored
 * number wins.
 */
export function FNumber({ form, path, label, hint, min, max, decimals }: Bound & { min: number; max: number; decimals?: boolean }) {
  const value = form.get(path);
  const stored = typeof value === 'number' ? value : undefined;
  const [text, setText] = useState(stored === undefined ? '' : String(stored));
  const parsed = text.trim() === '' ? undefined : Number(text);
  const shown = parsed === stored ? text : stored === undefined ? '' : String(stored);
  const id = form.domId(path);
  const issues = form.issuesAt(path);
  return (
    <Field
      label={{ children: label ?? form.label(path), htmlFor: id }}
      hint={hint}
      validationMessage={issues.length > 0 ? issues.join(' ') : undefined}
    >
      <Input
        id={id}
        type="number"
        inputMode={decimals ? 'decimal' : 'numeric'}
        min={min}
        max={max}
        step={decimals ? 'any' : 1}
        value={shown}
        readOnly={form.readOnly}
        onChange={(_e, data) => {
          setText(data.value);
          const next = data.value.trim() === '' ? undefined : Number(data.value);
          form.set(path, next === undefined || Number.isNaN(next) ? undefined : next);
        }}
      />
    </Field>
  );
}

type ChoiceBound<V extends string> = Bound & { values: readonly V[]; choiceName?: string };

/** What a bound choice passes to its control, whether a drop-down or radios. */
function choiceProps<V extends string>({ form, path, label, values, choiceName }: ChoiceBound<V>) {
  const value = form.get(path);
  return {
    id: form.domId(path),
    label: label ?? form.label(path),
    value: typeof value === 'string' ? (value as V) : undefined,
    options: choiceOptions(form, choiceName ?? leaf(path), values),
    issues: form.issuesAt(path),
    readOnly: form.readOnly,
    onChange: (v: V | undefined) => form.set(path, v),
  };
}

/** A choice in a drop-down ("— Choose —" clears it). */
export function FSelect<V extends string>(props: ChoiceBound<V>) {
  return <ChoiceSelect<V> {...choiceProps(props)} />;
}

/** A choice among a few, all visible. */
export function FRadios<V extends string>(props: ChoiceBound<V>) {
  return <ChoiceRadios<V> {...choiceProps(props)} />;
}

/** A small integer scale (severity 1–5, likelihood 1–3) as a drop-down, labelled from the catalog when it has words for it. */
export function FScale({ form, path, label, min, max, choiceName }: Bound & { min: number; max: number; choiceName?: string }) {
  const value = form.get(path);
  const values = Array.from({ length: max - min + 1 }, (_, i) => String(min + i));
  const name = choiceName ?? leaf(path);
  return (
    <ChoiceSelect
      id={form.domId(path)}
      label={label ?? form.label(path)}
      value={typeof value === 'number' ? String(value) : undefined}
      options={values.map((v) => ({ value: v, label: choiceLabel(form.labels, name, v, form.t) ?? v }))}
      issues={form.issuesAt(path)}
      readOnly={form.readOnly}
      onChange={(v) => form.set(path, v === undefined ? undefined : Number(v))}
    />
  );
}

/** A yes/no value. */
export function FCheckbox({ form, path, label, hint }: Bound) {
  const value = form.get(path);
  const id = form.domId(path);
  const issues = form.issuesAt(path);
  return (
    <Field hint={hint} validationMessage={issues.length > 0 ? issues.join(' ') : undefined}>
      <Checkbox
        id={id}
        label={label ?? form.label(path)}
        checked={value === true}
        disabled={form.readOnly}
        onChange={(_e, data) => form.set(path, data.checked === true)}
      />
    </Field>
  );
}

/** Several choices from a fixed set, stored as a list (at most `max`). */
export function FMulti<V extends string>({
  form,
  path,
  label,
  values,
  max,
  choiceName,
}: Bound & { values: readonly V[]; max: number; choiceName?: string }) {
  const value = form.get(path);
  return (
    <CheckboxGroup
      id={form.domId(path)}
      label={label ?? form.label(path)}
      values={Array.isArray(value) ? (value as V[]) : []}
      options={choiceOptions(form, choiceName ?? leaf(path), values)}
      max={max}
      issues={form.issuesAt(path)}
      readOnly={form.readOnly}
      onChange={(v) => form.set(path, v)}
    />
  );
}

/** A person named by free text. Typing replaces any picked Teams user: the id would no longer match the name. */
export function FPerson({ form, path, label, hint, optional }: Bound & { optional?: boolean }) {
  const value = form.get(path) as { name?: unknown } | undefined;
  return (
    <TextField
      id={form.domId(`${path}.name`)}
      label={label ?? form.label(path)}
      hint={hint}
      value={typeof value?.name === 'string' ? value.name : undefined}
      max={100}
      issues={[...form.issuesAt(path), ...form.issuesAt(`${path}.name`)]}
      readOnly={form.readOnly}
      onChange={(name) => form.set(path, optional && name === '' ? undefined : { name })}
    />
  );
}

/** A choice among options computed from the data (a stakeholder to refer to). */
export function FOptions({ form, path, label, options, lazy }: Bound & { options: readonly ChoiceOption<string>[]; lazy?: boolean }) {
  const value = form.get(path);
  return (
    <ChoiceSelect
      id={form.domId(path)}
      label={label ?? form.label(path)}
      value={typeof value === 'string' ? value : undefined}
      options={options}
      lazy={lazy}
      issues={form.issuesAt(path)}
      readOnly={form.readOnly}
      onChange={(v) => form.set(path, v)}
    />
  );
}
