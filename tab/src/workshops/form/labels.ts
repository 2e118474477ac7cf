import type { MessageKey } from '@elan/core/i18n/fr';
import { isMessageKey } from '@elan/core/i18n/translate';
import type { WorkshopNumber } from '@elan/core/workshops/registry';
import type { T } from '../../i18n/types';
import { segments } from './paths';

/** How a workshop names its fields: enough to label any path a schema, the API or the history reports. */
export interface WorkshopLabels {
  n: WorkshopNumber;
  /** Top-level fields in form order (also the order of conflict rows and "missing" entries). */
  order: readonly string[];
  /** Label of each top-level field. */
  fields: Readonly<Record<string, MessageKey>>;
  /** Labels of nested parts, by part name or, more specific, `list.part` (`deliverables.type`). */
  parts: Readonly<Record<string, MessageKey>>;
  /** Catalog prefix of the labels of a choice, by field or part name (`unit` → `tab.w3.unit` + `.week`). */
  choices: Readonly<Record<string, string>>;
}

/** The label of a choice's value (`tab.w3.unit.week`), or the raw value when the catalog has none. */
export function choiceLabel(labels: WorkshopLabels, name: string, value: unknown, t: T): string | undefined {
  const prefix = labels.choices[name];
  if (prefix === undefined) return undefined;
  const key = `${prefix}.${String(value)}`;
  return isMessageKey(key) ? t(key) : String(value);
}

/** Label of a nested part, the list-specific one first. */
function partLabel(labels: WorkshopLabels, top: string, part: string): MessageKey | undefined {
  return labels.parts[`${top}.${part}`] ?? labels.parts[part];
}

/**
 * A readable name for a field path, e.g. `problems.0.evidence` → "Problems › Item 1 › Evidence".
 * Segments without a label of their own (the `name` inside a person) are left out; unknown top-level fields
 * are shown as they are.
 */
export function pathLabel(path: string, labels: WorkshopLabels, t: T): string {
  const [top, ...rest] = segments(path);
  if (typeof top !== 'string' || labels.fields[top] === undefined) return path;
  let label = t(labels.fields[top]);
  for (const key of rest) {
    const partKey = typeof key === 'number' ? undefined : partLabel(labels, top, key);
    const childLabel = typeof key === 'number' ? t('list.item', { n: key + 1 }) : partKey && t(partKey);
    if (childLabel !== undefined) label = t('tab.field.path', { parent: label, child: childLabel });
  }
  return label;
}

/** The label of a path's last named part (what a control inside a list item is called). */
export function leafLabel(path: string, labels: WorkshopLabels, t: T): string {
  const keys = segments(path).filter((k): k is string => typeof k === 'string');
  const top = keys[0];
  const last = keys[keys.length - 1];
  if (top === undefined || last === undefined) return path;
  if (keys.length === 1) return labels.fields[top] ? t(labels.fields[top]) : top;
  const key = partLabel(labels, top, last);
  return key ? t(key) : last;
}

/** Whether a top-level key is one of the workshop's fields. */
export function isField(labels: WorkshopLabels, key: string): boolean {
  return labels.fields[key] !== undefined;
}

/** The DOM id of the control for a path in workshop `n`, so "missing" links and server errors can reach it. */
export function fieldDomId(n: WorkshopNumber, path: string): string {
  return `w${n}-${path.replace(/[^A-Za-z0-9]+/g, '-')}`;
}
