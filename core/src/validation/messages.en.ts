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
  // Messages of refinements in core's schemas: any form may show them (the tab downloads this part first).
  'rituals.validation.seriesId': 'This series has the same id as another one: delete it and add it again.',
  'rituals.validation.time': 'Enter a time as HH:MM (for example 13:30).',
  'rituals.validation.timeZone': 'Unknown time zone: pick one from the list (for example America/Toronto or Europe/Brussels).',
  'validation.optionsRequired': 'This method needs at least two options.',
  'validation.optionsNotAllowed': 'This method does not use options.',
  'validation.optionsDuplicate': 'Two options have the same label.',
  'satisfaction.error.ownText': 'Write the statement or pick one from the bank.',
  'satisfaction.error.bankDimension': 'A bank statement keeps its compass dimension.',
  'satisfaction.error.duplicate': 'This bank statement is already in the survey.',
  'satisfaction.error.tooManyOwn': 'At most {max} statements added by the facilitator.',
  'satisfaction.error.onlySatisfaction': 'Only the satisfaction survey accepts this field.',
};
