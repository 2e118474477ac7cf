import type { Membership } from '../../community/community';
import type { DecisionRecord } from '../../decisions/decision';
import type { DocumentRecord } from '../documentRecord';
import type { MessageKey } from '../../i18n/fr';
import { exampleWorkshops } from '../../workshops/exampleWorkshops';
import { workshopNumbers } from '../../workshops/registry';
import type { CharterInput } from './buildCharter';
import type { WorkshopInput } from './workshopData';

/**
 * Factories for document inputs, shared by the core tests, the API tests and the benchmark: the worked
 * example of WORKSHOPS.md, plus an ecosystem of any size.
 */

const kinds = ['organisation', 'person', 'community', 'resource', 'funder', 'decisionBody'] as const;
const dispositions = ['champion', 'supportive', 'neutral', 'sceptical', 'opposed', 'unknown'] as const;
const relationshipTypes = ['collaborates', 'funds', 'regulates', 'informs', 'represents', 'other'] as const;

/** The charter's level-1 headings, in order: the preamble, the six chapters, the three annexes. */
export const charterHeadingKeys: readonly MessageKey[] = [
  'doc.charter.preamble',
  'doc.charter.ch1',
  'doc.charter.ch2',
  'doc.charter.ch3',
  'doc.charter.ch4',
  'doc.charter.ch5',
  'doc.charter.ch6',
  'doc.annex.members',
  'doc.annex.decisions',
  'doc.annex.history',
];

/** A complete workshop 5 with `stakeholders` actors spread over the whole grid and `relationships` links. */
export function buildEcosystem(stakeholders: number, relationships: number): Record<string, unknown> {
  return {
    stakeholders: Array.from({ length: stakeholders }, (_, i) => ({
      id: `s${i}`,
      name: i === 0 ? 'Direction DQEPE' : `Partie prenante ${i}`,
      kind: kinds[i % kinds.length],
      tags: ['partenariat patient'],
      power: (i % 5) + 1,
      interest: ((i * 3 + 1) % 5) + 1,
      disposition: dispositions[i % dispositions.length],
      ...(i % 4 === 0 ? { relationshipOwner: { name: 'Nadia Tremblay' } } : {}),
    })),
    relationships: Array.from({ length: relationships }, (_, i) => ({
      from: `s${i % stakeholders}`,
      to: `s${(i * 7 + 1) % stakeholders}`,
      type: relationshipTypes[i % relationshipTypes.length],
      strength: (i % 3) + 1,
    })),
    engagementPlan: Array.from({ length: Math.min(stakeholders, 12) }, (_, i) => ({
      stakeholderId: `s${i}`,
      action: `Breffage ${i + 1}`,
      channel: 'Teams',
      frequency: 'Trimestriel',
      owner: { name: 'Nadia Tremblay' },
      nextDate: `2027-0${(i % 9) + 1}-15`,
    })),
  };
}

/** The six workshops as stored, from the worked example; `overrides` replaces whole workshops. */
export function buildWorkshops(
  overrides: Partial<Record<number, Record<string, unknown>>> = {},
  updatedAt = '2026-09-01T12:00:00.000Z',
): WorkshopInput[] {
  return workshopNumbers.map((n) => ({ n, data: overrides[n] ?? exampleWorkshops[n], updatedAt }));
}

/** A decision-log entry with sensible defaults. */
export function buildDecision(overrides: Partial<DecisionRecord> = {}): DecisionRecord {
  return {
    number: 1,
    pollId: 'poll-1',
    question: 'Adopter l’énoncé de raison d’être pour 12 mois?',
    method: 'consent',
    quorumPct: 50,
    quorumMet: true,
    voters: 12,
    eligible: 16,
    counts: { consent: 11, object: 0, abstain: 1 },
    outcome: 'adopted',
    result: 'Raison d’être adoptée',
    subject: 'purpose',
    decidedAt: '2026-10-01T15:00:00.000Z',
    ...overrides,
  };
}

/** A generated-document record with sensible defaults. */
export function buildDocumentRecord(overrides: Partial<DocumentRecord> = {}): DocumentRecord {
  return {
    kind: 'charter',
    version: 1,
    language: 'fr',
    audience: 'facilitators',
    generatedAt: '2026-10-02T10:00:00.000Z',
    generatedBy: { userId: 'nadia', name: 'Nadia Tremblay' },
    sha256: '0'.repeat(64),
    bytes: 1000,
    ...overrides,
  };
}

/** The people of the worked example. */
export const exampleMembers: Membership[] = [
  { userId: 'nadia', name: 'Nadia Tremblay', role: 'facilitator' },
  { userId: 'marc', name: 'Marc-André Gagnon', role: 'member' },
  { userId: 'helene', name: 'Hélène Bouchard', role: 'sponsor' },
];

/** A complete charter input for the worked example, facilitators' copy in French. */
export function buildCharterInput(overrides: Partial<CharterInput> = {}): CharterInput {
  return {
    community: {
      id: 'c1',
      tenantId: 't1',
      name: 'Partenaires en action',
      language: 'fr',
      createdAt: '2026-05-01T09:00:00.000Z',
      createdBy: 'nadia',
    },
    members: exampleMembers,
    workshops: buildWorkshops({ 5: buildEcosystem(24, 40) }),
    decisions: [
      buildDecision(),
      buildDecision({
        number: 2,
        question: 'Adopter la charte?',
        subject: 'charter',
        quorumPct: 60,
        voters: 9,
        result: 'Charte adoptée',
        decidedAt: '2026-10-20T15:00:00.000Z',
      }),
      buildDecision({
        number: 3,
        question: 'Priorités de l’année',
        method: 'dotVote',
        outcome: 'chosen',
        subject: null,
        quorumMet: false,
        voters: 5,
      }),
    ],
    history: [buildDocumentRecord(), buildDocumentRecord({ version: 2, audience: 'sponsors', language: 'en' })],
    language: 'fr',
    audience: 'facilitators',
    now: '2026-11-02T10:00:00.000Z',
    ...overrides,
  };
}
