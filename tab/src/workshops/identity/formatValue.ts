import type { MessageKey } from '@elan/core/i18n/fr';
import { normalize } from '../../conflict/diffFields';
import type { T } from '../../i18n/types';
import type { IdentityField } from './labels';

type Obj = Record<string, unknown>;

const str = (v: unknown) => (typeof v === 'string' ? v : v === undefined ? '' : JSON.stringify(v));
const pair = (t: T, a: unknown, b: unknown) => {
  const [x, y] = [str(a), str(b)];
  return x && y ? t('tab.format.pair', { a: x, b: y }) : x || y;
};

/** Label of an enum value, when the catalog has one (`w1.lifespan.untilDate`); the raw value otherwise. */
function choice(t: T, prefix: string, value: unknown): string {
  const key = `${prefix}.${str(value)}` as MessageKey;
  const text = t(key);
  return text === undefined ? str(value) : text;
}

/**
 * One W1 field as plain text for the conflict dialog: choices by their labels, list items one per line.
 * Empty content reads "(empty)", so "they cleared it" is visible too.
 */
export function formatIdentityValue(field: IdentityField, raw: unknown, t: T): string {
  const value = normalize(raw);
  if (value === undefined) return t('conflict.empty');
  const items = Array.isArray(value) ? (value as unknown[]) : [];
  switch (field) {
    case 'aim':
      return items.map((a) => choice(t, 'w1.aim', a)).join(', ');
    case 'membershipPolicy':
    case 'lifespan':
    case 'languages':
      return choice(t, `w1.${field}`, value);
    case 'participationLevels':
      return items
        .map((i) =>
          pair(
            t,
            (i as Obj)['level'] === undefined ? '' : choice(t, 'w1.participationLevel', (i as Obj)['level']),
            (i as Obj)['expectation'],
          ),
        )
        .join('\n');
    case 'values':
      return items.map((i) => pair(t, (i as Obj)['label'], (i as Obj)['meaning'])).join('\n');
    case 'sponsors':
      return items
        .map((i) => {
          const s = i as Obj;
          return pair(t, pair(t, (s['person'] as Obj | undefined)?.['name'], s['role']), s['expectations']);
        })
        .join('\n');
    case 'inScope':
    case 'outOfScope':
      return items.map(str).join('\n');
    default:
      return str(value);
  }
}
