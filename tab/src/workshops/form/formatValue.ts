import { normalize } from '../../conflict/diffFields';
import type { T } from '../../i18n/types';
import { choiceLabel, type WorkshopLabels } from './labels';

/** Turns a reference (a stakeholder id) into what a person recognises (its name); undefined when not a reference. */
export type RefResolver = (name: string, value: unknown) => string | undefined;

const hasContent = (v: unknown) => normalize(v) !== undefined;

function partName(labels: WorkshopLabels, top: string, part: string, t: T): string {
  const key = labels.parts[`${top}.${part}`] ?? labels.parts[part];
  return key ? t(key) : part;
}

function scalar(value: unknown, name: string, labels: WorkshopLabels, t: T, refs?: RefResolver): string {
  if (typeof value === 'boolean') return t(value ? 'tab.yes' : 'tab.no');
  const ref = refs?.(name, value);
  if (ref !== undefined) return ref;
  if (typeof value === 'string') return choiceLabel(labels, name, value, t) ?? value.trim();
  return String(value);
}

/**
 * One workshop field as plain text, for the conflict dialog, the version history and the meeting stage:
 * choices by their labels, list items one per line, the parts of a group labelled. Empty reads "(empty)".
 */
export function formatFieldValue(field: string, raw: unknown, labels: WorkshopLabels, t: T, refs?: RefResolver): string {
  if (!hasContent(raw)) return t('conflict.empty');
  const item = (value: unknown, name: string): string => {
    if (Array.isArray(value)) {
      const parts = value.filter(hasContent).map((v) => item(v, name));
      const inline = value.every((v) => typeof v !== 'object') && labels.choices[name] !== undefined;
      return parts.join(inline ? ', ' : '; ');
    }
    if (value !== null && typeof value === 'object') {
      const entries = Object.entries(value).filter(([k, v]) => k !== 'id' && k !== 'userId' && hasContent(v));
      // A person is its name.
      if (entries.length === 1 && entries[0]![0] === 'name') return scalar(entries[0]![1], 'name', labels, t, refs);
      return entries
        .map(([k, v]) => {
          const text = item(v, k);
          const labelled = typeof v === 'number' || typeof v === 'boolean' || Array.isArray(v);
          return labelled ? t('tab.format.labelled', { label: partName(labels, field, k, t), value: text }) : text;
        })
        .join(' — ');
    }
    return scalar(value, name, labels, t, refs);
  };
  if (Array.isArray(raw)) {
    const inline = raw.every((v) => typeof v !== 'object') && labels.choices[field] !== undefined;
    return raw
      .filter(hasContent)
      .map((v) => item(v, field))
      .join(inline ? ', ' : '\n');
  }
  if (raw !== null && typeof raw === 'object') {
    return Object.entries(raw)
      .filter(([, v]) => hasContent(v))
      .map(([k, v]) => t('tab.format.labelled', { label: partName(labels, field, k, t), value: item(v, k) }))
      .join('\n');
  }
  return scalar(raw, field, labels, t, refs);
}
