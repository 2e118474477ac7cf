import type { MessageKey } from '@elan/core/i18n/fr';
import type { T } from '../../i18n/types';

/** The W1 fields in form order (also the order of conflict rows). */
export const identityFieldOrder = [
  'name',
  'tagline',
  'domain',
  'purposeStatement',
  'aim',
  'memberProfile',
  'membershipPolicy',
  'joinSteps',
  'participationLevels',
  'values',
  'successIn12Months',
  'inScope',
  'outOfScope',
  'sponsors',
  'lifespan',
  'reviewDate',
  'languages',
] as const;
export type IdentityField = (typeof identityFieldOrder)[number];

/** Labels of the parts of a list item, by list. */
const itemPartLabels: Partial<Record<IdentityField, Record<string, MessageKey>>> = {
  participationLevels: { level: 'w1.participationLevel.level', expectation: 'w1.participationLevel.expectation' },
  values: { label: 'w1.value.label', meaning: 'w1.value.meaning' },
  sponsors: { person: 'w1.sponsor.person', role: 'w1.sponsor.role', expectations: 'w1.sponsor.expectations' },
};

/** Whether a top-level key is a W1 field. */
export function isIdentityField(key: string): key is IdentityField {
  return (identityFieldOrder as readonly string[]).includes(key);
}

/** The catalog key of a W1 field's label. */
export function fieldLabelKey(field: IdentityField): MessageKey {
  return `w1.${field}`;
}

/**
 * A readable name for a field path from a validation issue or `missing`, e.g. `values.0.meaning` →
 * "Valeurs (3 à 5) › Élément 1 › Ce qu'elle veut dire en comportements". Unknown paths are shown as they are.
 */
export function pathLabel(path: string, t: T): string {
  const [top, index, part] = path.split('.');
  if (top === undefined || !isIdentityField(top)) return path;
  let label = t(fieldLabelKey(top));
  if (index === undefined || !/^\d+$/.test(index)) return label;
  label = t('tab.field.path', { parent: label, child: t('list.item', { n: Number(index) + 1 }) });
  const partKey = part === undefined ? undefined : itemPartLabels[top]?.[part];
  return partKey ? t('tab.field.path', { parent: label, child: t(partKey) }) : label;
}

/** The DOM id of the control for a field path, so "missing" links and server errors can point at it. */
export function fieldDomId(path: string): string {
  return `w1-${path.replace(/[^A-Za-z0-9]+/g, '-')}`;
}
