import type { RoleChange } from '../../community/members';
import type { Community, Membership } from '../../community/community';
import type { DecisionRecord } from '../../decisions/decision';
import type { Meeting } from '../../rituals/meeting';
import type { DocumentRecord } from '../documentRecord';
import type { Locale } from '../../i18n/translate';
import { workshopProgress } from '../../workshops/progress';
import type { WorkshopNumber } from '../../workshops/registry';
import { decisionAnnex, historyAnnex, membersAnnex } from './annexes';
import { type CharterStatus, charterStatus, statusText } from './charterStatus';
import { type Block, type DocumentModel, documentProperties, heading, paragraph } from './documentModel';
import { ecosystemChapter } from './ecosystemChapter';
import { type Words, wordsFor } from './format';
import { governanceChapter } from './governanceChapter';
import { identityChapter } from './identityChapter';
import { impactChapter } from './impactChapter';
import { projectChapter } from './projectChapter';
import { redactDeep } from './redact';
import { ritualsChapter } from './ritualsChapter';
import { filledItems } from './sectionKit';
import { type WorkshopData, type WorkshopInput, readWorkshops } from './workshopData';

/** Who a copy is for: the community itself, or its sponsors (no personal contact details). */
export type Audience = 'facilitators' | 'sponsors';

export interface CharterInput {
  community: Community;
  members: Membership[];
  /** Who changed whose role, and when (newest first, as stored); printed in the members annex. */
  roleChanges?: RoleChange[];
  /** The six stored workshops (missing ones count as not started). */
  workshops: WorkshopInput[];
  /** The decision log, any order. */
  decisions: DecisionRecord[];
  /** The meetings the bot ran (their format and whether they were held count the in-person year). */
  meetings?: Meeting[];
  /** Earlier charter records: they give this version its number and fill the version history. */
  history: DocumentRecord[];
  language: Locale;
  audience: Audience;
  /** When the document is generated, ISO 8601. */
  now: string;
}

/** The version number the next charter record will get. */
export function nextVersion(history: readonly DocumentRecord[]): number {
  return history.reduce((max, r) => Math.max(max, r.version), 0) + 1;
}

/**
 * Builds the charter (« document de régie interne ») as a document model: cover, contents, preamble, one
 * chapter per workshop, annexes. A sponsor copy is built from inputs scrubbed of contact details.
 */
export function buildCharter(raw: CharterInput): DocumentModel {
  const w = wordsFor(raw.language);
  const input = raw.audience === 'sponsors' ? redactDeep(raw, w.t('doc.redacted')) : raw;
  const data = readWorkshops(input.workshops);
  const version = nextVersion(input.history);
  const status = charterStatus(input.decisions, input.workshops);
  const name = w.blank(data.identity.name) ? input.community.name : data.identity.name;
  const kind = w.t('doc.charter.kind');

  const chapters: Block[][] = [
    identityChapter(w, data.identity),
    projectChapter(w, data.problemProject),
    ritualsChapter(w, data.rituals, input.now, input.meetings),
    governanceChapter(w, data.decisions),
    ecosystemChapter(w, data.ecosystem),
    impactChapter(w, data.impact, input.now),
  ];
  const annexes = [
    membersAnnex(w, input.members, input.audience, input.roleChanges ?? []),
    decisionAnnex(w, input.decisions),
    historyAnnex(w, input.history, { version, now: input.now, language: input.language, audience: input.audience }),
  ];
  const preamble = preambleBlocks(w, name, status, data);
  const body = [preamble, ...chapters, ...annexes];

  return {
    properties: documentProperties(w, kind, name, input.now, {
      subject: w.t('doc.charter.subject', { name }),
      description: w.t('doc.charter.description', { version, status: statusText(w, status) }),
      keywords: w.t('doc.charter.keywords'),
    }),
    cover: {
      kicker: kind,
      title: name,
      subtitle: data.identity.tagline ?? '',
      facts: coverFacts(w, input, data, version, status),
      note: w.t(`doc.cover.copy.${input.audience}`),
    },
    runningHeader: w.t('doc.runningHeader', { name, kind, version }),
    runningFooter: w.t('doc.runningFooter'),
    blocks: [
      { type: 'tocField', title: w.t('doc.toc.title') },
      contentsList(w, body, input.workshops),
      { type: 'pageBreak' },
      ...body.flat(),
    ],
  };
}

function coverFacts(w: Words, input: CharterInput, data: WorkshopData, version: number, status: CharterStatus) {
  const facilitators = input.members.filter((m) => m.role === 'facilitator').map((m) => m.name);
  // Sponsors come from two places: people with the sponsor role in Teams, and those named in workshop 1.
  const sponsorNames = new Set(input.members.filter((m) => m.role === 'sponsor').map((m) => m.name));
  const sponsors = [...sponsorNames];
  for (const s of filledItems(data.identity.sponsors)) {
    const sponsorName = s.person?.name?.trim();
    if (!sponsorName || sponsorNames.has(sponsorName)) continue;
    sponsors.push(w.blank(s.role) ? sponsorName : `${sponsorName} (${s.role})`);
  }
  const none = w.t('doc.cover.nobody');
  return [
    { label: w.t('doc.cover.version'), value: String(version) },
    { label: w.t('doc.cover.date'), value: w.date(input.now) },
    { label: w.t('doc.cover.status'), value: statusText(w, status) },
    { label: w.t('doc.cover.facilitators'), value: facilitators.length > 0 ? w.list(facilitators) : none },
    { label: w.t('doc.cover.sponsors'), value: sponsors.length > 0 ? w.list(sponsors) : none },
  ];
}

function preambleBlocks(w: Words, name: string, status: CharterStatus, data: WorkshopData): Block[] {
  const out: Block[] = [heading(1, w.t('doc.charter.preamble')), paragraph(w.t('doc.charter.preambleText', { name }))];
  if (status.kind === 'draft') out.push(paragraph(w.t('doc.charter.preambleDraft')));
  else {
    const params = { date: w.date(status.decision.decidedAt), n: status.decision.number };
    out.push(paragraph(w.t('doc.charter.preambleAdopted', params)));
    if (status.kind === 'amendedSinceAdoption') out.push(paragraph(w.t('doc.charter.preambleAmended'), 'note'));
  }
  if (filledItems(data.identity.sponsors).length > 0) out.push(paragraph(w.t('doc.charter.preambleMandate')));
  return out;
}

/** The static contents list: each chapter's title and the state of the workshop behind it. */
function contentsList(w: Words, body: Block[][], workshops: readonly WorkshopInput[]): Block {
  const entries = body.map((blocks, i) => {
    const title = blocks.find((b) => b.type === 'heading' && b.level === 1);
    const text = title?.type === 'heading' ? title.text : '';
    // Body index 1..6 are the workshop chapters; the preamble and annexes have no workshop behind them.
    if (i < 1 || i > 6) return { text, note: '' };
    const stored = workshops.find((x) => x.n === i);
    const { state } = workshopProgress(i as WorkshopNumber, stored?.data ?? {});
    return { text, note: w.t(`state.${state}`) };
  });
  return { type: 'contents', title: w.t('doc.contents.title'), entries };
}
