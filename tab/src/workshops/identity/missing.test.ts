import { missingForDone } from './missing';

const complete = {
  name: 'Partenaires en action',
  tagline: 'Là où patients partenaires et équipes apprennent à collaborer',
  domain: 'Engagement des patients partenaires',
  purposeStatement: 'Nous existons pour… afin que…',
  aim: ['produce', 'sharePractices'],
  memberProfile: 'Patients partenaires, conseillères, gestionnaires',
  membershipPolicy: 'onRequest',
  joinSteps: 'Écrire à l’animatrice',
  participationLevels: [{ level: 'core', expectation: 'Toutes les rencontres' }],
  values: [
    { label: 'Réciprocité', meaning: 'Tous les savoirs comptent' },
    { label: 'Transparence', meaning: 'On dit ce qui a été fait de chaque avis' },
    { label: 'Bienveillance', meaning: 'On parle de situations, jamais de personnes' },
  ],
  successIn12Months: 'Trousse testée dans 3 directions',
  inScope: ['Recrutement'],
  outOfScope: ['Plaintes individuelles'],
  sponsors: [{ person: { name: 'Directrice adjointe' }, role: 'DQEPE', expectations: 'Rapport annuel' }],
  lifespan: 'untilDate',
  reviewDate: '2026-06-30',
  languages: 'fr',
};

describe('missingForDone', () => {
  it('lists every required field of an untouched workshop', () => {
    const missing = missingForDone({});
    expect(missing).toEqual(expect.arrayContaining(['name', 'aim', 'values', 'inScope', 'outOfScope', 'sponsors', 'lifespan']));
    expect(missing).not.toContain('reviewDate');
    expect(missing).not.toContain('participationLevels');
  });

  it('uses workshopProgress once something is typed', () => {
    const { values: _values, ...rest } = complete;
    expect(missingForDone({ ...rest, values: [{ label: 'Réciprocité', meaning: '' }] })).toEqual(['values', 'values.0.meaning']);
  });

  it('is empty when the workshop is done', () => {
    expect(missingForDone(complete)).toEqual([]);
  });
});
