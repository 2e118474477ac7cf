/** A poll asked for in chat: a decision type of workshop 4's matrix and the question. */
export interface PollRequest {
  decisionType: string;
  question: string;
}

// "sondage Livrables : Adopter la trousse?" / "poll Deliverables: Adopt the kit?" (mentions removed first).
const pattern = /^(?:sondage|poll|vote)\s+([^:]{1,80}?)\s*:\s*([\s\S]{1,300})$/i;

/**
 * Reads "sondage <decision type> : <question>" (or "poll …", "vote …") from a chat message; undefined for any
 * other message. The type is matched against the matrix later, by `createPoll`, as the tab's choice is.
 */
export function parsePollCommand(text: string | undefined): PollRequest | undefined {
  const words = (text ?? '')
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .replace(/&nbsp;/g, ' ')
    .trim();
  const match = pattern.exec(words);
  if (!match) return undefined;
  const [decisionType, question] = [match[1]!.trim(), match[2]!.trim()];
  return decisionType && question ? { decisionType, question } : undefined;
}
