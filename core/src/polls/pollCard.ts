import type { MessageKey } from '../i18n/fr';
import { type Locale, translate } from '../i18n/translate';
import type { Ballot } from './ballot';
import { adviceAnswers, consentAnswers, type Poll, scoreMax } from './poll';
import type { Outcome, Tally } from './pollTally';
import type { ClosedPoll } from './closePoll';
import { type AdaptiveCard, cardEnvelope } from '../adaptiveCards/adaptiveCard';
import { cardDate } from '../adaptiveCards/cardDate';
import { executeAction, refreshBlock } from '../adaptiveCards/executeAction';
import { plainText } from '../adaptiveCards/plainText';
import { type TabLinks, tabLink, tabRoutes } from '../adaptiveCards/tabLinks';
import { voteInputs } from './pollCardInputs';

/** Everything a poll card shows. The base card (sent to the channel) has no `mine`. */
export interface PollCardView {
  poll: Poll;
  tally: Tally;
  locale: Locale;
  /** The viewer's own ballot in a user-specific view; null when they have not voted; undefined in the base card. */
  mine?: Ballot | null;
  /** A message at the top: vote recorded, or why an action failed. */
  notice?: { key: MessageKey; tone: 'good' | 'attention' };
  /** Whether the viewer may close the poll (facilitators). */
  canClose?: boolean;
  /** Set once the poll is closed. */
  outcome?: Outcome & { decisionNumber: number | null };
  /** Where the tab is: the card then links to the poll's results there. */
  links?: TabLinks;
}

/** The data every action of a poll card carries, so a click finds its poll. */
export interface PollActionData {
  verb: 'poll.vote' | 'poll.refresh' | 'poll.close';
  communityId: string;
  pollId: string;
}

type Element = Record<string, unknown>;

/** The most actions a card shows in its action bar (Teams' host configuration). */
const maxCardActions = 5;

/** An option's label, escaped for a TextBlock (labels are typed by facilitators). */
function optionLabel(poll: Poll, id: string): string {
  return plainText(poll.options.find((o) => o.id === id)?.label ?? id);
}

/** Describes a ballot in words, for "your answer: …" (escaped for a TextBlock). */
export function describeBallot(poll: Poll, ballot: Ballot, locale: Locale): string {
  switch (ballot.method) {
    case 'consent':
      return translate(locale, `poll.answer.${ballot.answer}`);
    case 'single':
      return optionLabel(poll, ballot.optionId);
    case 'multiple':
      return ballot.optionIds.map((id) => optionLabel(poll, id)).join(', ');
    case 'score':
      return `${ballot.score} / ${scoreMax}`;
    case 'ranked':
      return ballot.ranking.map((id, i) => `${i + 1}. ${optionLabel(poll, id)}`).join(', ');
    case 'dots':
      return Object.entries(ballot.allocation)
        .map(([id, n]) => `${optionLabel(poll, id)} : ${n}`)
        .join(', ');
    case 'advice':
      return translate(locale, `poll.answer.${ballot.answer}`);
  }
}

/** Rows of results: one per answer, with count and share. */
function resultRows(poll: Poll, tally: Tally, locale: Locale): Element[] {
  const keys =
    poll.method === 'consent' || poll.method === 'advice'
      ? (poll.method === 'consent' ? consentAnswers : adviceAnswers).map((a) => [a, translate(locale, `poll.answer.${a}`)] as const)
      : poll.method === 'score'
        ? Array.from({ length: scoreMax + 1 }, (_, s) => [String(s), String(s)] as const)
        : poll.options.map((o) => [o.id, plainText(o.label)] as const);
  const total = Object.values(tally.counts).reduce((a, b) => a + b, 0);
  const rows: Element[] = keys.map(([key, label]) => {
    const count = tally.counts[key] ?? 0;
    const pct = total === 0 ? 0 : Math.round((count * 100) / total);
    return {
      type: 'ColumnSet',
      columns: [
        { type: 'Column', width: 'stretch', items: [{ type: 'TextBlock', text: label, wrap: true }] },
        { type: 'Column', width: 'auto', items: [{ type: 'TextBlock', text: `${count} (${pct} %)`, weight: 'Bolder' }] },
      ],
    };
  });
  if (tally.mean !== null)
    rows.push({ type: 'TextBlock', text: translate(locale, 'poll.mean', { mean: tally.mean.toFixed(1) }), wrap: true });
  return rows;
}

/** Who was asked for advice, who decides and when, and once closed what they decided and why. */
function adviceFacts(poll: Poll, locale: Locale): Element[] {
  const line = (text: string): Element => ({ type: 'TextBlock', text, wrap: true, spacing: 'Small' });
  const out: Element[] = [];
  if (poll.consulted?.length)
    out.push(line(translate(locale, 'poll.advice.consulted', { names: poll.consulted.map((p) => plainText(p.name)).join(', ') })));
  if (poll.verdict)
    out.push(
      line(
        translate(locale, 'poll.advice.decidedBy', { name: plainText(poll.verdict.by.name), rationale: plainText(poll.verdict.rationale) }),
      ),
    );
  else if (poll.status === 'open') {
    out.push(line(translate(locale, 'poll.advice.decider', { name: plainText(poll.createdBy.name), date: cardDate(poll.closesAt) })));
    out.push({ type: 'TextBlock', text: translate(locale, 'poll.advice.recordInTab'), wrap: true, isSubtle: true });
  }
  return out;
}

/** Builds the Adaptive Card (schema 1.5, `Action.Execute`) members see and vote from. */
export function pollCard(view: PollCardView): AdaptiveCard {
  const { poll, tally, locale, mine } = view;
  const open = poll.status === 'open';
  const data = (verb: PollActionData['verb'], extra: Record<string, unknown> = {}) => ({
    verb,
    communityId: poll.communityId,
    pollId: poll.id,
    ...extra,
  });
  const execute = (verb: PollActionData['verb'], title: string, extra?: Record<string, unknown>, style?: 'positive' | 'destructive') =>
    executeAction({ verb, title, data: data(verb, extra), ...(style ? { style } : {}) });

  const body: Element[] = [];
  if (view.notice)
    body.push({ type: 'TextBlock', text: translate(locale, view.notice.key), wrap: true, color: view.notice.tone, weight: 'Bolder' });
  body.push({ type: 'TextBlock', text: plainText(poll.question), size: 'Large', weight: 'Bolder', wrap: true, style: 'heading' });
  if (poll.details) body.push({ type: 'TextBlock', text: plainText(poll.details), wrap: true, isSubtle: true });
  const facts = [
    translate(locale, `poll.method.${poll.method}`),
    translate(locale, open ? 'poll.closesOn' : 'poll.closedOn', {
      date: cardDate(open ? poll.closesAt : (poll.closedAt ?? poll.closesAt)),
    }),
    translate(locale, 'poll.quorum', { pct: poll.quorumPct }),
    translate(locale, 'poll.participation', { voters: tally.voters, eligible: poll.eligible }),
  ];
  body.push({ type: 'TextBlock', text: facts.join(' · '), wrap: true, isSubtle: true, spacing: 'Small' });
  if (poll.anonymous) body.push({ type: 'TextBlock', text: translate(locale, 'poll.anonymous'), wrap: true, isSubtle: true });
  if (poll.method === 'advice') body.push(...adviceFacts(poll, locale));
  if (mine !== undefined) {
    const mineText = mine
      ? translate(locale, 'poll.youVoted', { choice: describeBallot(poll, mine, locale) })
      : translate(locale, 'poll.notVotedYet');
    body.push({ type: 'TextBlock', text: mineText, wrap: true, weight: 'Bolder' });
  }

  if (view.outcome) {
    const { outcome, winners, decisionNumber } = view.outcome;
    const result = winners.map((id) => optionLabel(poll, id)).join(', ');
    body.push({
      type: 'TextBlock',
      text: translate(locale, `poll.outcome.${outcome}`, { result }),
      wrap: true,
      size: 'Medium',
      weight: 'Bolder',
      color: outcome === 'noQuorum' || outcome === 'rejected' ? 'attention' : 'good',
    });
    body.push({
      type: 'TextBlock',
      text: translate(locale, tally.quorumMet ? 'poll.quorumMet' : 'poll.quorumNotMet'),
      wrap: true,
      isSubtle: true,
    });
    if (decisionNumber)
      body.push({ type: 'TextBlock', text: translate(locale, 'poll.decisionRecorded', { n: decisionNumber }), wrap: true, isSubtle: true });
  }

  const showResults = !open || !poll.hideResultsUntilClose;
  if (showResults) {
    body.push({ type: 'TextBlock', text: translate(locale, 'poll.results'), weight: 'Bolder', separator: true, spacing: 'Medium' });
    body.push(...resultRows(poll, tally, locale));
  } else {
    body.push({ type: 'TextBlock', text: translate(locale, 'poll.resultsHidden'), wrap: true, isSubtle: true, separator: true });
  }

  const actions: Element[] = [];
  if (open) {
    body.push({ type: 'Container', separator: true, spacing: 'Medium', items: voteInputs(poll, locale, mine) });
    if (poll.method === 'consent') {
      actions.push(
        execute('poll.vote', translate(locale, 'poll.answer.agree'), { answer: 'agree' }, 'positive'),
        execute('poll.vote', translate(locale, 'poll.answer.concern'), { answer: 'concern' }),
        execute('poll.vote', translate(locale, 'poll.answer.object'), { answer: 'object' }, 'destructive'),
        execute('poll.vote', translate(locale, 'poll.answer.abstain'), { answer: 'abstain' }),
      );
    } else if (poll.method === 'advice') {
      actions.push(
        execute('poll.vote', translate(locale, 'poll.answer.given'), { answer: 'given' }, 'positive'),
        execute('poll.vote', translate(locale, 'poll.answer.none'), { answer: 'none' }),
      );
    } else {
      actions.push(execute('poll.vote', translate(locale, mine ? 'poll.changeVote' : 'poll.vote'), undefined, 'positive'));
    }
    actions.push(execute('poll.refresh', translate(locale, 'poll.refresh')));
    if (view.canClose) actions.push(execute('poll.close', translate(locale, 'poll.close'), undefined, 'destructive'));
  }
  if (view.links)
    actions.push({
      type: 'Action.OpenUrl',
      title: translate(locale, 'cardLink.pollResults'),
      url: tabLink(view.links, poll.communityId, tabRoutes.pollResults(poll.communityId, poll.id)),
    });
  // Teams shows at most 5 card actions: a full row (consent, with close) gets the rest under the body instead.
  if (actions.length > maxCardActions) body.push({ type: 'ActionSet', actions: actions.splice(maxCardActions) });
  // Once closed (fewer buttons), a poll that put a workshop to the group also opens that workshop.
  if (view.links && !open && poll.workshop)
    actions.push({
      type: 'Action.OpenUrl',
      title: translate(locale, 'cardLink.workshop'),
      url: tabLink(view.links, poll.communityId, tabRoutes.workshop(poll.communityId, poll.workshop)),
    });

  return {
    ...cardEnvelope,
    // Each viewer's client asks for their own view ("your answer: …").
    refresh: refreshBlock(
      { verb: 'poll.refresh', title: translate(locale, 'poll.refresh'), data: data('poll.refresh') },
      poll.facilitatorIds,
    ),
    body,
    ...(actions.length ? { actions } : {}),
  };
}

/** A closed poll's card: its final counts and the outcome with its decision number (channel copies and closers alike). */
export function closedPollCard(closed: ClosedPoll, locale: Locale, links?: TabLinks): AdaptiveCard {
  const { poll, tally, outcome, decision } = closed;
  return pollCard({ poll, tally, locale, outcome: { ...outcome, decisionNumber: decision.number }, ...(links ? { links } : {}) });
}
