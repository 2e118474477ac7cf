import type { Ballot } from './ballot';
import { adviceAnswers, consentAnswers, type Poll, scoreMax } from './poll';

/** The counts of a poll at one moment. */
export interface Tally {
  /** Distinct members who voted. */
  voters: number;
  /** Per answer key: consent answers, option ids, or score values "0".."5". */
  counts: Record<string, number>;
  /** Mean score (score polls). */
  mean: number | null;
  /** Instant-runoff rounds, first preferences first (ranked polls). */
  rounds: Record<string, number>[] | null;
  /** The advice given, by name, oldest ballots first (advice processes). */
  advice: { name: string; text: string }[] | null;
  quorumMet: boolean;
}

/** What a closed poll decided. */
export interface Outcome {
  outcome: 'adopted' | 'rejected' | 'noQuorum' | 'chosen';
  /** Winning option ids (several on a tie), or empty. */
  winners: string[];
}

/** Whether enough of the eligible members took part. */
export function quorumMet(poll: Pick<Poll, 'quorumPct' | 'eligible'>, voters: number): boolean {
  if (poll.quorumPct === 0) return true;
  if (poll.eligible === 0) return false;
  return (voters * 100) / poll.eligible >= poll.quorumPct;
}

/** Instant-runoff: drop the option with fewest first preferences until one has a majority of the ballots still counted. */
function instantRunoff(optionIds: string[], rankings: string[][]): Record<string, number>[] {
  const rounds: Record<string, number>[] = [];
  let remaining = [...optionIds];
  while (remaining.length > 0) {
    const round: Record<string, number> = Object.fromEntries(remaining.map((id) => [id, 0]));
    let active = 0;
    for (const ranking of rankings) {
      const top = ranking.find((id) => remaining.includes(id));
      if (top) {
        round[top]! += 1;
        active += 1;
      }
    }
    rounds.push(round);
    const max = Math.max(...Object.values(round));
    if (active === 0 || max * 2 > active || remaining.length <= 2) break;
    const min = Math.min(...Object.values(round));
    let last = remaining.filter((id) => round[id] === min);
    // Options tied for last go together only if, together, they still have fewer ballots than the next one;
    // otherwise one of them could win on the others' ballots: drop the one with fewer in the latest earlier
    // round that tells them apart (if none does, they still go together).
    const next = Math.min(...remaining.filter((id) => round[id]! > min).map((id) => round[id]!));
    if (last.length > 1 && last.length * min >= next)
      for (let r = rounds.length - 2; r >= 0 && last.length > 1; r--) {
        const earlier = rounds[r]!;
        const fewest = Math.min(...last.map((id) => earlier[id]!));
        last = last.filter((id) => earlier[id] === fewest);
      }
    const survivors = remaining.filter((id) => !last.includes(id));
    if (survivors.length === 0) break;
    remaining = survivors;
  }
  return rounds;
}

/** Counts ballots according to the poll's method. */
export function tallyPoll(poll: Poll, ballots: readonly Ballot[]): Tally {
  const counts: Record<string, number> = {};
  const add = (key: string, by = 1) => (counts[key] = (counts[key] ?? 0) + by);
  if (poll.method === 'consent') for (const a of consentAnswers) counts[a] = 0;
  else if (poll.method === 'advice') for (const a of adviceAnswers) counts[a] = 0;
  else if (poll.method === 'score') for (let s = 0; s <= scoreMax; s++) counts[String(s)] = 0;
  else for (const o of poll.options) counts[o.id] = 0;

  let scoreSum = 0;
  const rankings: string[][] = [];
  const advice: { name: string; text: string }[] = [];
  for (const ballot of ballots) {
    switch (ballot.method) {
      case 'consent':
        add(ballot.answer);
        break;
      case 'single':
        add(ballot.optionId);
        break;
      case 'multiple':
        for (const id of ballot.optionIds) add(id);
        break;
      case 'score':
        add(String(ballot.score));
        scoreSum += ballot.score;
        break;
      case 'ranked':
        rankings.push(ballot.ranking);
        break;
      case 'dots':
        for (const [id, n] of Object.entries(ballot.allocation)) add(id, n);
        break;
      case 'advice':
        add(ballot.answer);
        if (ballot.answer === 'given' && ballot.reason) advice.push({ name: ballot.by?.name ?? '', text: ballot.reason });
        break;
    }
  }
  const rounds =
    poll.method === 'ranked'
      ? instantRunoff(
          poll.options.map((o) => o.id),
          rankings,
        )
      : null;
  if (rounds) Object.assign(counts, rounds[0]);
  // Abstainers are present for the quorum unless workshop 4 says abstaining is not counted; never in the result.
  const abstainers = poll.abstention === 'notCounted' ? (counts['abstain'] ?? 0) : 0;
  return {
    voters: ballots.length,
    counts,
    mean: poll.method === 'score' && ballots.length > 0 ? scoreSum / ballots.length : null,
    rounds,
    advice: poll.method === 'advice' ? advice : null,
    quorumMet: quorumMet(poll, ballots.length - abstainers),
  };
}

/** Decides the outcome of a poll from its final tally. */
export function pollOutcome(poll: Poll, tally: Tally): Outcome {
  // An advice process decides by its proposer's verdict, however many gave advice.
  if (poll.method === 'advice') return { outcome: poll.verdict?.outcome ?? 'noQuorum', winners: [] };
  if (!tally.quorumMet || tally.voters === 0) return { outcome: 'noQuorum', winners: [] };
  if (poll.method === 'consent') return { outcome: (tally.counts['object'] ?? 0) > 0 ? 'rejected' : 'adopted', winners: [] };
  // Fist-to-five: an average of 3 or more is support.
  if (poll.method === 'score') return { outcome: (tally.mean ?? 0) >= 3 ? 'adopted' : 'rejected', winners: [] };
  const final = tally.rounds ? tally.rounds[tally.rounds.length - 1]! : tally.counts;
  const max = Math.max(0, ...Object.values(final));
  const winners = max === 0 ? [] : Object.keys(final).filter((id) => final[id] === max);
  return { outcome: 'chosen', winners };
}
