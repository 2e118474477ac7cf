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
  // Messages of refinements in core's schemas: any form may show them (the tab downloads this part first).
  'rituals.validation.seriesId': 'Cette série a le même identifiant qu’une autre : supprimez-la et recréez-la.',
  'rituals.validation.time': 'Indiquez une heure au format HH:MM (par exemple 13:30).',
  'rituals.validation.timeZone':
    'Fuseau horaire inconnu : choisissez-en un dans la liste (par exemple America/Toronto ou Europe/Brussels).',
  'validation.optionsRequired': 'Cette méthode demande au moins deux options.',
  'validation.optionsNotAllowed': 'Cette méthode n’utilise pas d’options.',
  'validation.optionsDuplicate': 'Deux options portent le même libellé.',
  'satisfaction.error.ownText': 'Écrivez l’énoncé ou choisissez un énoncé de la banque.',
  'satisfaction.error.bankDimension': 'Un énoncé de la banque garde sa dimension de la boussole.',
  'satisfaction.error.duplicate': 'Cet énoncé de la banque est déjà dans le sondage.',
  'satisfaction.error.tooManyOwn': 'Au plus {max} énoncés ajoutés par l’animation.',
  'satisfaction.error.onlySatisfaction': 'Seul le sondage de satisfaction accepte ce champ.',
} as const;
