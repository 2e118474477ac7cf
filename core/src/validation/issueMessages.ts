import type { z } from 'zod';
import type { MessageKey } from '../i18n/fr';
import { isMessageKey, type Locale, type MessageParams, translate } from '../i18n/translate';

/** One field-level problem, ready for the wire or the form: the path to the field and a translated message. */
export interface FieldIssue {
  /** Dotted path to the field, e.g. `values.2.meaning`; empty for the whole object. */
  path: string;
  /** Stable catalog key, for clients that translate themselves. */
  code: MessageKey;
  /** The message in the caller's language. */
  message: string;
}

/** Maps one zod issue to a catalog key and its parameters. */
function describe(issue: z.core.$ZodIssue): { key: MessageKey; params?: MessageParams } {
  switch (issue.code) {
    case 'too_big':
      if (issue.origin === 'string') return { key: 'validation.tooLong', params: { max: Number(issue.maximum) } };
      if (issue.origin === 'array') return { key: 'validation.tooManyItems', params: { max: Number(issue.maximum) } };
      return { key: 'validation.tooBig', params: { max: Number(issue.maximum) } };
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) === 1
          ? { key: 'validation.required' }
          : { key: 'validation.tooShort', params: { min: Number(issue.minimum) } };
      }
      if (issue.origin === 'array') return { key: 'validation.tooFewItems', params: { min: Number(issue.minimum) } };
      return { key: 'validation.tooSmall', params: { min: Number(issue.minimum) } };
    case 'invalid_type':
      return issue.input === undefined ? { key: 'validation.required' } : { key: 'validation.invalidType' };
    case 'invalid_value':
      return { key: 'validation.invalidChoice' };
    case 'invalid_format':
      return issue.format === 'date' ? { key: 'validation.invalidDate' } : { key: 'validation.invalid' };
    case 'unrecognized_keys':
      return { key: 'validation.unknownField', params: { keys: issue.keys.join(', ') } };
    case 'custom': {
      const params = (issue.params ?? {}) as Record<string, unknown>;
      const key = params['key'];
      if (isMessageKey(key)) {
        const rest = Object.fromEntries(
          Object.entries(params).filter(([k, v]) => k !== 'key' && (typeof v === 'string' || typeof v === 'number')),
        ) as MessageParams;
        return { key, params: rest };
      }
      return { key: 'validation.invalid' };
    }
    default:
      return { key: 'validation.invalid' };
  }
}

/** Turns zod issues into field issues with messages in `locale`. */
export function fieldIssues(issues: readonly z.core.$ZodIssue[], locale: Locale): FieldIssue[] {
  return issues.map((issue) => {
    const { key, params } = describe(issue);
    return { path: issue.path.map(String).join('.'), code: key, message: translate(locale, key, params) };
  });
}
