import { hasContactDetails, redactDeep, scrubContacts } from './redact';

describe('scrubContacts', () => {
  it.each([
    ['Écrire à anne.roy@cisss.example', 'Écrire à [x]'],
    ['mailto:anne@example.org ou tel:+15145550199', '[x] ou [x]'],
    ['Appeler le 514 555-0199 poste 12', 'Appeler le [x] poste 12'],
    ['Tél. : (418) 555-0142', 'Tél. : [x]'],
    ['+32 2 123 45 67 (Bruxelles)', '[x] (Bruxelles)'],
    ['0471 12 34 56', '[x]'],
    ['514.555.0199', '[x]'],
  ])('removes contact details from %j', (input, expected) => {
    expect(scrubContacts(input, '[x]')).toBe(expected);
    expect(hasContactDetails(input)).toBe(true);
  });

  it.each([
    'Révision le 2027-12-01',
    '80 % des 12 recrutés, 3 000 $',
    'Entre 2026-2027 et 2028',
    'Rencontre de 9:00 à 13:00',
    '7 des 12 recrutés l’an dernier inactifs 6 mois plus tard',
  ])('leaves dates, amounts and counts alone: %j', (text) => {
    expect(scrubContacts(text, '[x]')).toBe(text);
    expect(hasContactDetails(text)).toBe(false);
  });
});

describe('redactDeep', () => {
  it('scrubs every string except identifiers and ISO dates', () => {
    const input = {
      id: 's1234567890',
      name: 'Anne (anne@example.org)',
      relationships: [{ from: 's1234567890', to: 's2', note: '514 555 0199' }],
      decidedAt: '2026-10-01T15:00:00.000Z',
      nested: { pollId: 'p-123456789', list: ['ok', 'x@y.example'] },
      count: 514_555_0199,
    };
    expect(redactDeep(input, '[x]')).toEqual({
      id: 's1234567890',
      name: 'Anne ([x])',
      relationships: [{ from: 's1234567890', to: 's2', note: '[x]' }],
      decidedAt: '2026-10-01T15:00:00.000Z',
      nested: { pollId: 'p-123456789', list: ['ok', '[x]'] },
      count: 514_555_0199,
    });
  });
});
