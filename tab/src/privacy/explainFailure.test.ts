import { translate } from '@elan/core/i18n/translate';
import type { T } from '../i18n/types';
import { ApiFailure } from '../api/failure';
import { explainPrivacyFailure, fieldFailure } from './explainFailure';

const t: T = (key, params) => translate('en', key, params);
const failure = (status: number, body?: unknown, message?: string) => new ApiFailure(status, `http${status}`, message, body);

describe('explainPrivacyFailure', () => {
  it('explains 403 and 404 in the section’s own words', () => {
    expect(explainPrivacyFailure(failure(403, undefined, 'Your role does not allow this.'), t)).toBe(t('privacyTab.forbidden'));
    expect(explainPrivacyFailure(failure(404, undefined, 'Not found.'), t)).toBe(t('privacyTab.notFound'));
  });

  it('otherwise says what the API said, or a fallback by status', () => {
    expect(explainPrivacyFailure(failure(503, undefined, 'Storage is busy.'), t)).toBe('Storage is busy.');
    expect(explainPrivacyFailure(failure(0), t)).toBe(t('error.network'));
    expect(explainPrivacyFailure(new Error('boom'), t)).toBe(t('error.internal'));
  });
});

describe('fieldFailure', () => {
  const body = {
    error: { code: 'error.validation', details: [{ path: 'confirmName', code: 'privacy.confirmMismatch', message: 'mismatch' }] },
  };

  it('finds the message for the named field of a 400', () => {
    expect(fieldFailure(failure(400, body), 'confirmName')).toBe('mismatch');
    expect(fieldFailure(failure(400, body), 'retentionMonths')).toBeUndefined();
  });

  it('ignores other statuses and other errors', () => {
    expect(fieldFailure(failure(409, body), 'confirmName')).toBeUndefined();
    expect(fieldFailure(new Error('x'), 'confirmName')).toBeUndefined();
  });
});
