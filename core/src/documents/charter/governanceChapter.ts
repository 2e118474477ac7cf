import { matrixRule } from '../../decisions/matrixRule';
import { isMessageKey } from '../../i18n/translate';
import { type DecisionsDraft, decisionMethods } from '../../workshops/decisions';
import { type Block, bullets, paragraph, table } from './documentModel';
import type { Words } from './format';
import { cell, chapter, filled, filledItems, field } from './sectionKit';

type Method = (typeof decisionMethods)[number];

/** Chapter 4 — how we decide (workshop 4). */
export function governanceChapter(w: Words, d: DecisionsDraft): Block[] {
  const t = w.t;
  return chapter(
    w,
    t('doc.charter.ch4'),
    [],
    [
      [t('doc.charter.ch4.matrix'), matrixBlocks(w, d)],
      [t('doc.charter.ch4.methods'), methodBlocks(w, d)],
      [t('doc.charter.ch4.rules'), ruleBlocks(w, d)],
      [t('doc.charter.ch4.objections'), objectionBlocks(w, d)],
      [t('doc.charter.ch4.sponsor'), sponsorBlocks(w, d)],
      [t('doc.charter.ch4.amendment'), amendmentBlocks(w, d)],
    ],
  );
}

/** A quorum as "50 %", or "none" for 0 (advice process, urgent matters). */
export function quorumText(w: Words, pct: number | undefined): string {
  if (pct === undefined) return '—';
  return pct === 0 ? w.t('doc.governance.noQuorum') : w.t('doc.percent', { n: pct });
}

/**
 * A decision method's name: a workshop-4 method, else a poll method the polls catalog names, else the raw
 * value (the decision log also holds methods of polls this module does not know).
 */
export function methodName(w: Words, method: string | undefined): string {
  if (!method) return '—';
  if ((decisionMethods as readonly string[]).includes(method)) return w.t(`doc.method.${method as Method}`);
  const pollKey = `poll.method.${method}`;
  return isMessageKey(pollKey) ? w.t(pollKey) : method;
}

/** How a row's polls are answered, as Élan will run them: named or anonymous, results hidden or shown. */
function ballotText(w: Words, d: DecisionsDraft, row: NonNullable<DecisionsDraft['decisionMatrix']>[number]): string {
  const rule = matrixRule(d, row);
  if ('problem' in rule) return '—';
  const ballot = w.t(rule.anonymous ? 'doc.governance.ballot.anonymous' : 'doc.governance.ballot.named');
  return rule.hideResultsUntilClose ? w.t('doc.governance.ballot.hidden', { ballot }) : ballot;
}

function matrixBlocks(w: Words, d: DecisionsDraft): Block[] {
  const rows = filledItems(d.decisionMatrix);
  if (rows.length === 0) return [];
  return [
    table(
      [
        [w.t('doc.governance.decisionType'), 3],
        [w.t('doc.governance.whoDecides'), 2],
        [w.t('doc.governance.method'), 2],
        [w.t('doc.governance.quorum'), 1],
        [w.t('doc.governance.votingPeriod'), 1],
        [w.t('doc.governance.ballot'), 2],
      ],
      rows.map((r) => [
        cell(r.decisionType),
        r.whoDecides ? w.t(`doc.decider.${r.whoDecides}`) : '—',
        methodName(w, r.method),
        quorumText(w, r.quorumPct),
        r.votingDays ? w.t('doc.days', { n: r.votingDays }) : '—',
        ballotText(w, d, r),
      ]),
    ),
  ];
}

/** Defines every method the community actually uses, so readers need no glossary. */
function methodBlocks(w: Words, d: DecisionsDraft): Block[] {
  const used = new Set<Method>();
  for (const r of d.decisionMatrix ?? []) if (r.method) used.add(r.method);
  if (d.defaults?.method) used.add(d.defaults.method);
  if (d.charterAmendment?.method) used.add(d.charterAmendment.method);
  return decisionMethods.filter((m) => used.has(m)).map((m) => field(w, w.t(`doc.method.${m}`), w.t(`doc.methodDef.${m}`)));
}

function ruleBlocks(w: Words, d: DecisionsDraft): Block[] {
  const out: Block[] = [];
  const def: Partial<NonNullable<DecisionsDraft['defaults']>> = d.defaults ?? {};
  if (def.method && def.quorumPct !== undefined && def.votingDays) {
    out.push(
      paragraph(
        w.t('doc.governance.defaults', {
          method: methodName(w, def.method),
          quorum: quorumText(w, def.quorumPct),
          days: w.t('doc.days', { n: def.votingDays }),
        }),
      ),
    );
  }
  if (def.reminderHoursBeforeClose !== undefined) out.push(paragraph(w.t('doc.governance.reminder', { n: def.reminderHoursBeforeClose })));
  if (out.length > 0) out.push(paragraph(w.t('doc.governance.quorumDefinition'), 'note'));
  if (d.anonymityDefault) out.push(paragraph(w.t(`doc.anonymity.${d.anonymityDefault}`)));
  if (d.hideResultsUntilClose !== undefined)
    out.push(paragraph(w.t(d.hideResultsUntilClose ? 'doc.governance.hidden' : 'doc.governance.visible')));
  if (d.abstentionMeaning) out.push(paragraph(w.t(`doc.abstention.${d.abstentionMeaning}`)));
  return out;
}

function objectionBlocks(w: Words, d: DecisionsDraft): Block[] {
  const out: Block[] = [];
  if (!w.blank(d.objectionRule)) out.push(field(w, w.t('doc.governance.objection'), d.objectionRule));
  if (!w.blank(d.conflictProcess)) out.push(field(w, w.t('doc.governance.conflict'), d.conflictProcess));
  return out;
}

function sponsorBlocks(w: Words, d: DecisionsDraft): Block[] {
  // An absent list is not yet discussed; an empty one is an explicit "none".
  if (d.sponsorVeto === undefined) return [];
  const items = filled(d.sponsorVeto);
  if (items.length === 0) return [paragraph(w.t('doc.governance.noSponsorVeto'))];
  return [paragraph(w.t('doc.governance.sponsorVeto')), bullets(items)];
}

function amendmentBlocks(w: Words, d: DecisionsDraft): Block[] {
  const a: Partial<NonNullable<DecisionsDraft['charterAmendment']>> = d.charterAmendment ?? {};
  if (!a.method) return [];
  return [
    paragraph(
      w.t('doc.governance.amendment', {
        method: methodName(w, a.method),
        quorum: quorumText(w, a.quorumPct),
        days: a.votingDays ? w.t('doc.days', { n: a.votingDays }) : '—',
      }),
    ),
  ];
}
