import type { MessageKey } from '@elan/core/i18n/fr';
import { type MessageParams, translate } from '@elan/core/i18n/translate';
import { formatIdentityValue } from './formatValue';

const fr = (key: MessageKey, params?: MessageParams) => translate('fr', key, params);
const en = (key: MessageKey, params?: MessageParams) => translate('en', key, params);

describe('formatIdentityValue', () => {
  it('shows choices by their labels in the reader’s language', () => {
    expect(formatIdentityValue('aim', ['produce', 'innovate'], fr)).toBe('Produire ensemble, Innover');
    expect(formatIdentityValue('membershipPolicy', 'onRequest', fr)).toBe('Sur demande');
    expect(formatIdentityValue('lifespan', 'untilDate', en)).toBe(en('w1.lifespan.untilDate'));
  });

  it('puts list items one per line', () => {
    const values = [
      { label: 'Réciprocité', meaning: 'Tous les savoirs comptent' },
      { label: 'Transparence', meaning: '' },
    ];
    expect(formatIdentityValue('values', values, fr)).toBe('Réciprocité — Tous les savoirs comptent\nTransparence');
    expect(formatIdentityValue('inScope', ['a', ' ', 'b'], fr)).toBe('a\nb');
    expect(formatIdentityValue('sponsors', [{ person: { name: 'Hélène' }, role: 'DQEPE', expectations: 'Rapport' }], fr)).toBe(
      'Hélène — DQEPE — Rapport',
    );
    expect(formatIdentityValue('participationLevels', [{ level: 'core', expectation: 'Tout' }], fr)).toBe('Noyau — Tout');
  });

  it('says "(empty)" for nothing, so a cleared field is visible', () => {
    expect(formatIdentityValue('name', '  ', fr)).toBe(fr('conflict.empty'));
    expect(formatIdentityValue('values', [], en)).toBe(en('conflict.empty'));
    expect(formatIdentityValue('reviewDate', undefined, fr)).toBe(fr('conflict.empty'));
  });

  it('keeps an unknown choice readable', () => {
    expect(formatIdentityValue('lifespan', 'forever', fr)).toBe('forever');
  });
});
