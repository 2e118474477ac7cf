import type { MessageKey } from '@elan/core/i18n/fr';
import type { T } from '../../i18n/types';
import { fieldDomId as domId, pathLabel as labelOf, type WorkshopLabels } from '../form/labels';

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

export const identityLabels: WorkshopLabels = {
  n: 1,
  order: identityFieldOrder,
  fields: Object.fromEntries(identityFieldOrder.map((f) => [f, `w1.${f}` as MessageKey])),
  parts: {
    level: 'w1.participationLevel.level',
    expectation: 'w1.participationLevel.expectation',
    label: 'w1.value.label',
    meaning: 'w1.value.meaning',
    person: 'w1.sponsor.person',
    role: 'w1.sponsor.role',
    expectations: 'w1.sponsor.expectations',
  },
  choices: {
    aim: 'w1.aim',
    membershipPolicy: 'w1.membershipPolicy',
    lifespan: 'w1.lifespan',
    languages: 'w1.languages',
    level: 'w1.participationLevel',
  },
};

/** Whether a top-level key is a W1 field. */
export function isIdentityField(key: string): key is IdentityField {
  return (identityFieldOrder as readonly string[]).includes(key);
}

/** A readable name for a W1 field path (see the generic `pathLabel`). */
export function pathLabel(path: string, t: T): string {
  return labelOf(path, identityLabels, t);
}

/** The DOM id of the control for a W1 field path. */
export function fieldDomId(path: string): string {
  return domId(1, path);
}
