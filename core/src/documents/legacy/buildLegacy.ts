import type { Community } from '../../community/community';
import type { DecisionRecord } from '../../decisions/decision';
import type { Locale } from '../../i18n/translate';
import type { Notebook } from '../../notebooks/notebook';
import type { Meeting } from '../../rituals/meeting';
import { decisionAnnex } from '../charter/annexes';
import {
  type Block,
  type DocumentModel,
  bullets,
  contentsThenSections,
  documentProperties,
  heading,
  paragraph,
  table,
} from '../charter/documentModel';
import { dayOf, wordsFor } from '../charter/format';
import { identityChapter } from '../charter/identityChapter';
import { redactDeep } from '../charter/redact';
import { type WorkshopInput, readWorkshops } from '../charter/workshopData';

/** What the legacy is written from: notebooks already as the wider network may read them (public parts only). */
export interface LegacyInput {
  community: Community;
  workshops: WorkshopInput[];
  /** Approved notebooks with their public summary and public resources only (see `notebookForReader`). */
  notebooks: Notebook[];
  decisions: DecisionRecord[];
  meetings: Meeting[];
  members: number;
  version: number;
  language: Locale;
  now: string;
}

/** The notebooks grouped by theme (their first tag, case and accents kept as typed), themes in alphabetical order. */
function byTheme(notebooks: readonly Notebook[], untitled: string): [string, Notebook[]][] {
  const groups = new Map<string, Notebook[]>();
  for (const n of notebooks) {
    const theme = n.tags[0]?.trim() || untitled;
    groups.set(theme, [...(groups.get(theme) ?? []), n]);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b));
}

/**
 * Builds the legacy document: what the community leaves behind — its identity, every approved notebook's public
 * summary and public resources grouped by theme, its decisions, and its final figures. No minutes, no private
 * resource, no contact detail ever reaches it.
 */
export function buildLegacy(raw: LegacyInput): DocumentModel {
  const w = wordsFor(raw.language);
  const t = w.t;
  const input = redactDeep(raw, t('doc.redacted'));
  const data = readWorkshops(input.workshops);
  const name = w.blank(data.identity.name) ? input.community.name : data.identity.name;
  const kind = t('doc.legacy.kind');
  const notebooks = [...input.notebooks].sort((a, b) => a.id.localeCompare(b.id));

  const knowledge: Block[] = [heading(1, t('doc.legacy.notebooks'))];
  if (notebooks.length === 0) knowledge.push(paragraph(t('doc.legacy.noNotebooks'), 'note'));
  for (const [theme, group] of byTheme(notebooks, t('doc.legacy.noTheme'))) {
    knowledge.push(heading(2, theme));
    for (const n of group) {
      const when = n.ref.kind === 'meeting' ? t('doc.legacy.meetingOf', { date: w.date(n.ref.date) }) : t('doc.legacy.between');
      knowledge.push(heading(3, n.title.trim() ? `${n.title.trim()} — ${when}` : when));
      if (n.summary.trim()) knowledge.push(paragraph(n.summary.trim()));
      if (n.resources.length > 0)
        knowledge.push(bullets(n.resources.map((r) => [r.description, r.url ?? r.fileName ?? ''].filter(Boolean).join(' — '))));
    }
  }

  const held = input.meetings.filter((m) => m.posted.checkIn !== undefined);
  const figures: Block[] = [
    heading(1, t('doc.legacy.figures')),
    table(
      [
        [t('doc.legacy.figure'), 3],
        [t('doc.legacy.value'), 1],
      ],
      [
        [t('doc.legacy.members'), String(input.members)],
        [t('doc.legacy.meetingsHeld'), String(held.length)],
        [t('doc.legacy.inPersonHeld'), String(held.filter((m) => m.format === 'inPerson').length)],
        [t('doc.legacy.decisions'), String(input.decisions.filter((d) => d.outcome === 'adopted').length)],
        [t('doc.legacy.notebookCount'), String(notebooks.length)],
        [t('doc.legacy.resources'), String(notebooks.reduce((n, b) => n + b.resources.length, 0))],
      ],
    ),
  ];

  const sections: Block[][] = [identityChapter(w, data.identity), knowledge, decisionAnnex(w, input.decisions), figures];
  return {
    properties: documentProperties(w, kind, name, input.now, {
      subject: t('doc.legacy.subject', { name }),
      description: t('doc.legacy.description', { version: input.version }),
      keywords: t('doc.legacy.keywords'),
    }),
    cover: {
      kicker: kind,
      title: name,
      subtitle: t('doc.report.period', { from: w.date(dayOf(input.community.createdAt)), to: w.date(dayOf(input.now)) }),
      facts: [
        { label: t('doc.cover.version'), value: String(input.version) },
        { label: t('doc.cover.date'), value: w.date(input.now) },
      ],
      note: t('doc.legacy.coverNote'),
    },
    runningHeader: t('doc.runningHeader', { name, kind, version: input.version }),
    runningFooter: t('doc.runningFooter'),
    blocks: contentsThenSections({ toc: t('doc.toc.title'), contents: t('doc.contents.title') }, sections),
  };
}
