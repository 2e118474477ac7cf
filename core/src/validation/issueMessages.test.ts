import { identityDraft, identityComplete } from '../workshops/identity';
import { fieldIssues } from './issueMessages';

describe('fieldIssues', () => {
  it('translates length, type and unknown-key problems with their paths', () => {
    const result = identityDraft.safeParse({ name: 'x'.repeat(61), values: [{ label: 5 }], bogus: 1 }, { reportInput: true });
    const issues = fieldIssues(result.error!.issues, 'en');
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: 'name', code: 'validation.tooLong', message: '60 characters at most.' },
        { path: 'values.0.label', code: 'validation.invalidType', message: 'Wrong kind of value.' },
        { path: '', code: 'validation.unknownField', message: 'Unknown field: bogus.' },
      ]),
    );
  });

  it('says a field is required, in French by default wording', () => {
    const result = identityComplete.safeParse({}, { reportInput: true });
    const issues = fieldIssues(result.error!.issues, 'fr');
    expect(issues.find((i) => i.path === 'name')).toEqual({
      path: 'name',
      code: 'validation.required',
      message: 'Ce champ est obligatoire.',
    });
  });
});
