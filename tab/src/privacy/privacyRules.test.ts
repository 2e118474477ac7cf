import { retentionBounds } from '@elan/core/privacy/retention';
import { eraseCommunityInput } from '@elan/core/privacy/privacyCommands';
import { confirmMatches, formatDay, parseRetentionMonths, retentionRange } from './privacyRules';

describe('retention field', () => {
  it('uses the same bounds as core', () => {
    expect(retentionRange).toEqual(retentionBounds);
  });

  it('accepts whole months within bounds, spaces around them allowed', () => {
    expect(parseRetentionMonths('6')).toBe(6);
    expect(parseRetentionMonths(' 36 ')).toBe(36);
    expect(parseRetentionMonths('120')).toBe(120);
  });

  it('refuses anything else', () => {
    for (const raw of ['', ' ', '5', '121', '0', '-12', '12.5', '1e2', '3 6', 'douze', '0x10'])
      expect({ raw, months: parseRetentionMonths(raw) }).toEqual({ raw, months: undefined });
  });
});

describe('erase confirmation', () => {
  it('matches the exact name, ignoring surrounding spaces as the server does', () => {
    expect(confirmMatches('Cuisine solidaire', 'Cuisine solidaire')).toBe(true);
    expect(confirmMatches('  Cuisine solidaire ', 'Cuisine solidaire')).toBe(true);
    // The server parses the same input and compares it trimmed: what the button allows, the server accepts.
    expect(eraseCommunityInput.parse({ confirmName: ' Cuisine solidaire ' }).confirmName.trim()).toBe('Cuisine solidaire');
  });

  it('does not match case, accent or inner-space differences', () => {
    for (const typed of ['cuisine solidaire', 'Cuisine  solidaire', 'Cuisine solidaire.', 'Cuisine', ''])
      expect({ typed, ok: confirmMatches(typed, 'Cuisine solidaire') }).toEqual({ typed, ok: false });
    expect(confirmMatches('Elan', 'Élan')).toBe(false);
  });
});

describe('formatDay', () => {
  it('writes the day in the chosen language', () => {
    expect(formatDay('2026-11-23T12:00:00.000Z', 'fr')).toBe('23 novembre 2026');
    expect(formatDay('2026-11-23T12:00:00.000Z', 'en')).toBe('November 23, 2026');
  });
});
