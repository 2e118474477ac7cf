import { buildCharterInput, buildDocumentRecord } from '../charter/exampleCharterInput';
import { addMonths } from '../charter/format';
import { compassDimensions } from '../../compass/compass';
import type { CompassAssessment, ImpactReportInput, MeetingRecord, SurveyResult, ValueStory } from './impactReportInput';

/** `count` meetings six weeks apart, the last one on 27 October 2026; attendance between 56 % and 88 %. */
export function buildMeetings(count: number): MeetingRecord[] {
  return Array.from({ length: count }, (_, i) => {
    const date = new Date(Date.UTC(2026, 9, 27 - 42 * (count - 1 - i))).toISOString().slice(0, 10);
    return { date, attendees: 9 + ((i * 5) % 6), eligible: 16, usefulness: 3.5 + (i % 3) * 0.5 };
  });
}

/** A pulse survey with `respondents` answers. */
export function buildSurvey(id: string, respondents: number, closedAt: string): SurveyResult {
  return {
    id,
    title: `Sondage éclair ${id}`,
    closedAt,
    respondents,
    eligible: 16,
    items: [
      { label: 'Nos rencontres valent le temps que j’y consacre.', mean: 4.2, agreePct: 81, itemId: 'P1' },
      { label: 'J’ai utilisé au travail une idée trouvée ici.', mean: 3.6, agreePct: 58, itemId: 'P7' },
    ],
    openAnswers: ['Plus de temps pour les cas concrets.', 'Écrire à anne.roy@example.org pour le gabarit.'],
  };
}

/** A compass run with every dimension at `base` (plus a small pattern); below 5 respondents it carries no scores. */
export function buildCompass(date: string, respondents: number, base: number): CompassAssessment {
  if (respondents < 5) return { date, respondents, scores: null };
  const scores = Object.fromEntries(
    compassDimensions.map((d, i) => {
      const median = Math.min(5, base + (i % 3) * 0.5);
      return [d, { median, min: Math.max(1, median - 1), max: Math.min(5, median + 1) }];
    }),
  );
  return { date, respondents, scores: scores as NonNullable<CompassAssessment['scores']> };
}

/** Three stories, one for each consent level. */
export function buildStories(): ValueStory[] {
  const story = (id: string, consent: ValueStory['consent'], name: string): ValueStory => ({
    id,
    date: '2026-10-15',
    title: `Récit ${id}`,
    cycle: 'applied',
    text: `J’ai réutilisé le guide d’accueil dans mon comité (${id}).`,
    author: { userId: id, name },
    consent,
  });
  return [
    story('r1', 'reportNamed', 'Marc-André Gagnon'),
    story('r2', 'reportAnonymised', 'Julie Secret'),
    story('r3', 'internal', 'Paul Interne'),
  ];
}

/**
 * A full impact-report input: every section has data, including a survey below the anonymity threshold and
 * stories at every consent level. `meetings` scales the participation series (the benchmark uses 24).
 */
export function buildImpactReportInput(overrides: Partial<ImpactReportInput> = {}, meetings = 8): ImpactReportInput {
  const charter = buildCharterInput();
  return {
    community: charter.community,
    members: charter.members,
    workshops: charter.workshops,
    decisions: charter.decisions,
    history: [buildDocumentRecord({ kind: 'impactReport', generatedAt: '2026-06-30T10:00:00.000Z', audience: 'sponsors' })],
    charterHistory: charter.history,
    meetings: buildMeetings(meetings),
    surveys: [buildSurvey('S1', 12, '2026-07-15'), buildSurvey('S2', 3, '2026-10-15')],
    stories: buildStories(),
    compass: [buildCompass('2026-05-20', 14, 2.5), buildCompass(addMonths('2026-05-20', 5), 13, 3.2), buildCompass('2026-10-30', 2, 4)],
    measurements: [
      { indicator: 'Taux de présence', date: '2026-10-01', value: 66 },
      { indicator: 'Livrables adoptés', date: '2026-10-01', value: 2 },
      { indicator: 'Rétention à 6 mois', date: '2026-09-01', value: 55 },
      { indicator: 'Rétention à 6 mois', date: '2026-06-01', value: 48 },
    ],
    contributions: charter.members.flatMap((m, i) => [
      { userId: m.userId, kind: 'ballot' as const, at: '2026-10-07T17:00:00.000Z' },
      ...(i % 2 === 0 ? [{ userId: m.userId, kind: 'resource' as const, at: '2026-09-15T12:00:00.000Z' }] : []),
    ]),
    language: 'fr',
    now: '2026-11-02T10:00:00.000Z',
    ...overrides,
  };
}
