/** French messages for what is wrong with a field, from the shared zod schemas. */
export const validationFr = {
  'validation.required': 'Ce champ est obligatoire.',
  'validation.tooLong': '{max} caractères au maximum.',
  'validation.tooShort': 'Au moins {min, plural, one {# caractère} other {# caractères}}.',
  'validation.tooFewItems': 'Au moins {min, plural, one {# élément} other {# éléments}}.',
  'validation.tooManyItems': '{max, plural, one {# élément} other {# éléments}} au maximum.',
  'validation.tooSmall': 'La valeur minimale est {min}.',
  'validation.tooBig': 'La valeur maximale est {max}.',
  'validation.invalidType': 'Type de valeur invalide.',
  'validation.invalidChoice': 'Choix non valide.',
  'validation.invalidDate': 'Date non valide (AAAA-MM-JJ).',
  'validation.unknownField': 'Champ inconnu : {keys}.',
  'validation.cycleMissing': 'Il faut au moins un indicateur pour le cycle « {cycle} ».',
  'validation.invalid': 'Valeur non valide.',
} as const;
