import type { WorkshopNumber } from './registry';

/**
 * The worked example of WORKSHOPS.md ("Partenaires en action", a fictional patient-partnership CoP),
 * filled to the level each workshop needs to be done. Used by tests and by local demo data.
 */
const stakeholder = (id: string, name: string, power: number, interest: number, kind = 'organisation') => ({
  id,
  name,
  kind,
  tags: ['partenariat patient'],
  power,
  interest,
  disposition: 'supportive',
});

export const exampleWorkshops: Record<WorkshopNumber, Record<string, unknown>> = {
  1: {
    name: 'Partenaires en action',
    tagline: 'Là où patients partenaires et équipes apprennent à collaborer',
    domain: 'Engagement des patients partenaires dans les comités d’amélioration et les équipes de soins du CISSS',
    purposeStatement:
      'Nous existons pour améliorer ensemble la façon dont nous recrutons, préparons et soutenons les patients partenaires, afin que leur savoir expérientiel change réellement les soins et services.',
    aim: ['produce', 'sharePractices'],
    memberProfile: 'Patients partenaires, conseillères et conseillers qualité, gestionnaires de comités.',
    membershipPolicy: 'onRequest',
    joinSteps: 'Demande à l’animatrice, confirmation sous 10 jours.',
    participationLevels: [{ level: 'core', expectation: 'Présence à chaque rencontre' }],
    values: [
      { label: 'Réciprocité', meaning: 'Tous les savoirs comptent.' },
      { label: 'Transparence', meaning: 'Nous disons ce qui a été fait de chaque avis.' },
      { label: 'Bienveillance', meaning: 'Nous discutons de situations, jamais de personnes.' },
    ],
    successIn12Months: 'Trousse testée dans 3 directions; 80 % des patients partenaires recrutés cette année encore actifs après 6 mois.',
    inScope: ['Recrutement et accueil des patients partenaires'],
    outOfScope: ['Plaintes individuelles (vers le commissaire aux plaintes)'],
    sponsors: [
      {
        person: { name: 'Directrice adjointe DQEPE' },
        role: 'Commanditaire',
        expectations: 'Un rapport d’impact annuel et une règle de remboursement harmonisée.',
      },
    ],
    lifespan: 'untilDate',
    reviewDate: '2027-12-01',
    languages: 'fr',
  },
  2: {
    problems: [
      {
        statement: 'Les patients partenaires quittent les comités après une ou deux rencontres',
        whoIsAffected: 'Patients partenaires, présidences de comités',
        evidence: '7 des 12 recrutés l’an dernier inactifs 6 mois plus tard (registre DQEPE)',
        severity: 5,
      },
    ],
    projectTitle: 'Trousse d’accueil et de soutien du patient partenaire',
    objectives: ['Co-concevoir la trousse d’ici décembre'],
    deliverables: [{ type: 'template', description: 'Guide d’accueil' }],
    milestones: [
      { label: 'Trousse conçue', date: '2027-12-15' },
      { label: 'Test dans 3 directions', date: '2028-03-31' },
    ],
    resources: { hoursPerMemberPerMonth: 2, facilitatorHoursPerWeek: 4, budget: 3000 },
    risks: [],
    baselines: [{ indicator: 'Rétention à 6 mois', value: '42 %', date: '2026-06-01', source: 'Registre DQEPE' }],
  },
  3: {
    cadence: { every: 6, unit: 'week' },
    durationMinutes: 120,
    format: 'hybrid',
    inPersonPerYear: 2,
    agendaTemplate: [
      { label: 'Tour d’ouverture', minutes: 10, roleInCharge: 'facilitator' },
      { label: 'Séance de travail', minutes: 90 },
      { label: 'Tour de clôture', minutes: 20, roleInCharge: 'facilitator' },
    ],
    roles: [{ role: 'noteTaker', rotation: 'rotating' }],
    capture: { minutesVisibility: 'members', summaryVisibility: 'organisation', resourcesLocation: 'Onglet Ressources', dueWorkingDays: 5 },
    betweenMeetings: ['questionOfMonth'],
    welcomeSteps: 'Message de bienvenue, parrainage et appel de 20 minutes avant la première rencontre.',
  },
  4: {
    decisionMatrix: [
      { decisionType: 'Raison d’être et valeurs', whoDecides: 'allMembers', method: 'consent', quorumPct: 50, votingDays: 7 },
      { decisionType: 'Priorités', whoDecides: 'allMembers', method: 'dotVote', quorumPct: 40, votingDays: 5 },
      { decisionType: 'Logistique', whoDecides: 'facilitator', method: 'adviceProcess', quorumPct: 0, votingDays: 3 },
      { decisionType: 'Modification de la charte', whoDecides: 'allMembers', method: 'consent', quorumPct: 60, votingDays: 10 },
    ],
    defaults: { method: 'consent', quorumPct: 50, votingDays: 7, reminderHoursBeforeClose: 24 },
    anonymityDefault: 'named',
    hideResultsUntilClose: false,
    objectionRule: 'Une objection dit quel risque la proposition crée et propose une modification.',
    abstentionMeaning: 'countsForQuorumOnly',
    conflictProcess: 'Rencontre de résolution animée par une personne neutre.',
    charterAmendment: { method: 'consent', quorumPct: 60, votingDays: 10 },
    sponsorVeto: [],
  },
  5: {
    stakeholders: [
      stakeholder('s1', 'Direction DQEPE', 5, 4),
      stakeholder('s2', 'Direction des soins infirmiers', 4, 4),
      stakeholder('s3', 'Finances', 4, 2),
      stakeholder('s4', 'Comité des usagers', 3, 5, 'decisionBody'),
      stakeholder('s5', 'Commissaire aux plaintes', 3, 3, 'person'),
    ],
    relationships: [{ from: 's1', to: 's2', type: 'collaborates', strength: 2 }],
    engagementPlan: [
      {
        stakeholderId: 's1',
        action: 'Breffage trimestriel de 30 minutes',
        channel: 'Teams',
        frequency: 'Trimestriel',
        owner: { name: 'Nadia Tremblay' },
      },
    ],
  },
  6: {
    indicators: [
      {
        name: 'Taux de présence',
        cycle: 'immediate',
        definition: 'Présents / membres',
        source: 'autoAttendance',
        target: '70 %',
        frequency: 'meeting',
      },
      {
        name: 'Livrables adoptés',
        cycle: 'potential',
        definition: 'Selon le registre des décisions',
        source: 'autoVotes',
        target: '4',
        frequency: 'quarter',
      },
      {
        name: 'Directions utilisant la trousse',
        cycle: 'applied',
        definition: 'Données organisationnelles',
        source: 'orgData',
        target: '3',
        frequency: 'semester',
      },
      {
        name: 'Rétention à 6 mois',
        cycle: 'realised',
        definition: 'Registre DQEPE',
        source: 'orgData',
        baseline: '42 %',
        target: '80 %',
        frequency: 'year',
      },
    ],
    pulse: { itemIds: ['useful', 'learned', 'applied', 'belonging'], frequency: 'quarter', minRespondents: 5 },
    storyCollection: { owner: { name: 'Nadia Tremblay' }, frequency: 'quarter', consentDefault: 'reportAnonymised' },
    compassSchedule: { firstDate: '2027-01-15', everyMonths: 6 },
    reportAudience: ['Directrice adjointe DQEPE'],
    reportCadence: 'year',
  },
};
