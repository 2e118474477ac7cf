import { type AdviceAnswer, adviceAnswers, type ConsentAnswer, consentAnswers, type Poll, scoreMax } from './poll';
import type { Voter } from './pollStore';

/**
 * One member's answer to a poll; a later ballot from the same member replaces it. `late` marks a voter
 * who joined after the poll opened: counted, but not one of the eligible people "everyone voted" waits for.
 */
export type Ballot = (
  | { method: 'consent'; answer: ConsentAnswer; reason?: string }
  | { method: 'single'; optionId: string; reason?: string }
  | { method: 'multiple'; optionIds: string[]; reason?: string }
  | { method: 'score'; score: number; reason?: string }
  | { method: 'ranked'; ranking: string[]; reason?: string }
  | { method: 'dots'; allocation: Record<string, number>; reason?: string }
  /** Advice is given by name (`by`): the proposer reads who advised what. */
  | { method: 'advice'; answer: AdviceAnswer; reason?: string; by?: Voter }
) & { late?: true };

/** How many of these ballots come from people eligible when the poll opened. */
export function eligibleVoters(ballots: readonly Ballot[]): number {
  return ballots.reduce((n, b) => (b.late ? n : n + 1), 0);
}

export const maxReasonLength = 280;
/** Advice is the whole answer of an advice process, so it may be longer than a vote's reason. */
export const maxAdviceLength = 1000;

/** Why a card's inputs do not make a ballot; each is a catalog key shown back on the card. */
export type BallotProblem =
  | 'poll.error.choiceMissing'
  | 'poll.error.reasonRequired'
  | 'poll.error.reasonTooLong'
  | 'poll.error.tooManyDots'
  | 'poll.error.invalidChoice'
  | 'poll.error.adviceRequired';

type CardData = Record<string, unknown>;

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/**
 * Reads a ballot from the inputs of a poll card (Adaptive Card `Action.Execute` data), checking it
 * against the poll: known options only, an objection needs a reason, dots within the budget.
 */
export function ballotFromCard(poll: Poll, data: CardData): { ballot: Ballot } | { problem: BallotProblem } {
  const optionIds = new Set(poll.options.map((o) => o.id));
  const reason = text(data['reason']);
  if (reason.length > (poll.method === 'advice' ? maxAdviceLength : maxReasonLength)) return { problem: 'poll.error.reasonTooLong' };
  const withReason = reason ? { reason } : {};
  switch (poll.method) {
    case 'consent': {
      const answer = text(data['answer']);
      if (!(consentAnswers as readonly string[]).includes(answer)) return { problem: 'poll.error.choiceMissing' };
      if (answer === 'object' && !reason) return { problem: 'poll.error.reasonRequired' };
      return { ballot: { method: 'consent', answer: answer as ConsentAnswer, ...withReason } };
    }
    case 'single': {
      const optionId = text(data['choice']);
      if (!optionId) return { problem: 'poll.error.choiceMissing' };
      if (!optionIds.has(optionId)) return { problem: 'poll.error.invalidChoice' };
      return { ballot: { method: 'single', optionId, ...withReason } };
    }
    case 'multiple': {
      const chosen = [
        ...new Set(
          text(data['choice'])
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
        ),
      ];
      if (chosen.length === 0) return { problem: 'poll.error.choiceMissing' };
      if (chosen.some((id) => !optionIds.has(id))) return { problem: 'poll.error.invalidChoice' };
      return { ballot: { method: 'multiple', optionIds: chosen, ...withReason } };
    }
    case 'score': {
      const raw = text(data['score']);
      const score = Number(raw);
      if (raw === '') return { problem: 'poll.error.choiceMissing' };
      if (!Number.isInteger(score) || score < 0 || score > scoreMax) return { problem: 'poll.error.invalidChoice' };
      return { ballot: { method: 'score', score, ...withReason } };
    }
    case 'ranked': {
      const ranking: string[] = [];
      for (let rank = 1; rank <= poll.options.length; rank++) {
        const id = text(data[`rank${rank}`]);
        if (!id) continue;
        if (!optionIds.has(id)) return { problem: 'poll.error.invalidChoice' };
        if (!ranking.includes(id)) ranking.push(id);
      }
      if (ranking.length === 0) return { problem: 'poll.error.choiceMissing' };
      return { ballot: { method: 'ranked', ranking, ...withReason } };
    }
    case 'dots': {
      const allocation: Record<string, number> = {};
      let total = 0;
      for (const option of poll.options) {
        const raw = data[`dots_${option.id}`];
        const value = raw === undefined || raw === '' ? 0 : Number(raw);
        if (!Number.isInteger(value) || value < 0) return { problem: 'poll.error.invalidChoice' };
        if (value > 0) allocation[option.id] = value;
        total += value;
      }
      if (total === 0) return { problem: 'poll.error.choiceMissing' };
      if (total > poll.dots) return { problem: 'poll.error.tooManyDots' };
      return { ballot: { method: 'dots', allocation, ...withReason } };
    }
    case 'advice': {
      const answer = text(data['answer']);
      if (!(adviceAnswers as readonly string[]).includes(answer)) return { problem: 'poll.error.choiceMissing' };
      if (answer === 'given' && !reason) return { problem: 'poll.error.adviceRequired' };
      // "No advice" carries no text, even if some was typed before choosing it.
      return { ballot: { method: 'advice', answer: answer as AdviceAnswer, ...(answer === 'given' ? withReason : {}) } };
    }
  }
}
