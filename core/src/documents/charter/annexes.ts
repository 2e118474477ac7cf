import type { Membership, Role } from '../../community/community';
import type { RoleChange } from '../../community/members';
import type { DecisionRecord } from '../../decisions/decision';
import type { DocumentRecord } from '../documentRecord';
import { type Block, heading, paragraph, table } from './documentModel';
import type { Words } from './format';
import { methodName } from './governanceChapter';
import { cell } from './sectionKit';

const roleOrder: Role[] = ['facilitator', 'sponsor', 'member'];

/** "Member → Facilitator", "Added: Sponsor", "Removed (Member)". */
function changeCell(w: Words, c: RoleChange): string {
  if (c.from === null && c.to !== null) return w.t('doc.annex.roleAdded', { role: w.t(`role.${c.to}`) });
  if (c.to === null && c.from !== null) return w.t('doc.annex.roleRemoved', { role: w.t(`role.${c.from}`) });
  return w.t('doc.annex.roleChanged', { from: w.t(`role.${c.from ?? 'member'}`), to: w.t(`role.${c.to ?? 'member'}`) });
}

/** The role changes, oldest first: when, whose, what, by whom. Names only, never an account or address. */
function roleChangeBlocks(w: Words, changes: readonly RoleChange[]): Block[] {
  if (changes.length === 0) return [];
  return [
    heading(2, w.t('doc.annex.roleChanges')),
    table(
      [
        [w.t('doc.annex.date'), 1.6],
        [w.t('doc.annex.name'), 2.4],
        [w.t('doc.annex.change'), 2.6],
        [w.t('doc.annex.changedBy'), 2.4],
      ],
      [...changes].sort((a, b) => a.at.localeCompare(b.at)).map((c) => [w.date(c.at), cell(c.name), changeCell(w, c), cell(c.by.name)]),
    ),
  ];
}

/** Annex A — members and roles, facilitators first, then the record of role changes. */
export function membersAnnex(
  w: Words,
  members: readonly Membership[],
  audience: 'facilitators' | 'sponsors',
  roleChanges: readonly RoleChange[] = [],
): Block[] {
  const sorted = [...members].sort(
    (a, b) => roleOrder.indexOf(a.role) - roleOrder.indexOf(b.role) || a.name.localeCompare(b.name, w.locale),
  );
  const out: Block[] = [heading(1, w.t('doc.annex.members'))];
  if (sorted.length === 0) out.push(paragraph(w.t('doc.toComplete'), 'toComplete'));
  else {
    out.push(
      table(
        [
          [w.t('doc.annex.name'), 3],
          [w.t('doc.annex.role'), 2],
        ],
        sorted.map((m) => [cell(m.name), w.t(`role.${m.role}`)]),
      ),
    );
  }
  out.push(...roleChangeBlocks(w, roleChanges));
  if (audience === 'sponsors') out.push(paragraph(w.t('doc.annex.sponsorCopyNote'), 'note'));
  return out;
}

/** "Yes (12 of 16, threshold 50 %)". */
function quorumCell(w: Words, d: DecisionRecord): string {
  return w.t(d.quorumMet ? 'doc.decision.quorumMet' : 'doc.decision.quorumNotMet', {
    voters: d.voters,
    eligible: d.eligible,
    quorum: d.quorumPct,
  });
}

/**
 * "Adopted — the purpose statement", then the facilitator's outcome statement and its review date when written;
 * the outcome word alone when there is nothing more.
 */
function resultCell(w: Words, d: DecisionRecord): string {
  const outcome = w.t(`doc.outcome.${d.outcome}`);
  const parts = [w.blank(d.result) ? outcome : `${outcome} — ${d.result}`];
  if (d.statement) parts.push(w.t('doc.decision.statement', { text: d.statement.text }));
  if (d.statement?.reviewOn) parts.push(w.t('doc.decision.reviewOn', { date: w.date(d.statement.reviewOn) }));
  return parts.join(' ');
}

/** The decision log as a table (number, date, question, method, quorum met?, result), oldest first. */
export function decisionTable(w: Words, decisions: readonly DecisionRecord[]): Block {
  return table(
    [
      [w.t('doc.decision.number'), 0.6],
      [w.t('doc.decision.date'), 1.5],
      [w.t('doc.decision.question'), 3],
      [w.t('doc.decision.method'), 1.7],
      [w.t('doc.decision.quorum'), 2],
      [w.t('doc.decision.result'), 2.6],
    ],
    [...decisions]
      .sort((a, b) => a.number - b.number)
      .map((d) => [String(d.number), w.date(d.decidedAt), cell(d.question), methodName(w, d.method), quorumCell(w, d), resultCell(w, d)]),
  );
}

/** Annex B — the decision log. */
export function decisionAnnex(w: Words, decisions: readonly DecisionRecord[]): Block[] {
  return [
    heading(1, w.t('doc.annex.decisions')),
    decisions.length === 0 ? paragraph(w.t('doc.annex.noDecisions')) : decisionTable(w, decisions),
  ];
}

/** Annex C — version history: every earlier generation of this document, then this one. */
export function historyAnnex(
  w: Words,
  history: readonly DocumentRecord[],
  current: Pick<DocumentRecord, 'version' | 'language' | 'audience'> & { now: string },
): Block[] {
  const rows = [...history]
    .sort((a, b) => a.version - b.version)
    .map((r) => [
      String(r.version),
      w.date(r.generatedAt),
      w.t(`community.language.${r.language}`),
      w.t(`doc.audience.${r.audience}`),
      cell(r.generatedBy.name),
    ]);
  rows.push([
    String(current.version),
    w.date(current.now),
    w.t(`community.language.${current.language}`),
    w.t(`doc.audience.${current.audience}`),
    w.t('doc.annex.thisVersion'),
  ]);
  return [
    heading(1, w.t('doc.annex.history')),
    table(
      [
        [w.t('doc.annex.version'), 1],
        [w.t('doc.annex.date'), 2],
        [w.t('doc.annex.language'), 2],
        [w.t('doc.annex.copy'), 2],
        [w.t('doc.annex.generatedBy'), 3],
      ],
      rows,
    ),
  ];
}
