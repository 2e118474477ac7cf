import { type MessageParams, translate } from '@elan/core/i18n/translate';
import { identityDraft } from '@elan/core/workshops/identity';
import type { MessageKey } from '@elan/core/i18n/fr';
import { fieldDomId, identityFieldOrder, pathLabel } from './labels';

const t = (key: MessageKey, params?: MessageParams) => translate('fr', key, params);

describe('W1 labels', () => {
  it('covers exactly the fields of the core schema, in its order', () => {
    expect([...identityFieldOrder]).toEqual(Object.keys(identityDraft.shape));
  });

  it('names top-level fields, list items and their parts', () => {
    expect(pathLabel('name', t)).toBe('Nom');
    expect(pathLabel('inScope.1', t)).toBe('Dans le périmètre › Élément 2');
    expect(pathLabel('values.0.meaning', t)).toBe('Valeurs (3 à 5) › Élément 1 › Ce qu’elle veut dire en comportements');
    expect(pathLabel('sponsors.2.person.name', t)).toBe('Commanditaires et leurs attentes › Élément 3 › Personne');
    expect(translate('en', 'w1.values')).not.toBe(pathLabel('values', t));
  });

  it('leaves unknown paths readable', () => {
    expect(pathLabel('', t)).toBe('');
    expect(pathLabel('mystery.0', t)).toBe('mystery.0');
  });

  it('makes DOM ids from paths', () => {
    expect(fieldDomId('sponsors.0.person.name')).toBe('w1-sponsors-0-person-name');
  });
});
