import type { validationFr } from './messages.fr';

/** English messages for what is wrong with a field, from the shared zod schemas: typed against the French keys. */
export const validationEn: Record<keyof typeof validationFr, string> = {
  'validation.required': 'This field is required.',
  'validation.tooLong': '{max} characters at most.',
  'validation.tooShort': 'At least {min, plural, one {# character} other {# characters}}.',
  'validation.tooFewItems': 'At least {min, plural, one {# item} other {# items}}.',
  'validation.tooManyItems': '{max, plural, one {# item} other {# items}} at most.',
  'validation.tooSmall': 'The smallest value is {min}.',
  'validation.tooBig': 'The largest value is {max}.',
  'validation.invalidType': 'Wrong kind of value.',
  'validation.invalidChoice': 'Not a valid choice.',
  'validation.invalidDate': 'Not a valid date (YYYY-MM-DD).',
  'validation.unknownField': 'Unknown field: {keys}.',
  'validation.cycleMissing': 'At least one indicator is needed for the "{cycle}" cycle.',
  'validation.invalid': 'Not a valid value.',
};
