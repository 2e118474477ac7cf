/** What a member can ask the bot in a channel (by @mention) or in a personal chat, in French or English. */
export type ChatCommand = 'greeting' | 'help' | 'status' | 'nextMeeting' | 'openPolls' | 'charter' | 'sendCharter' | 'unknown';

const normalise = (text: string) =>
  text
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

// Order matters: the first matching rule wins.
const rules: [ChatCommand, RegExp][] = [
  ['help', /^(help|aide|\?|commands|commandes)$/],
  ['status', /^(status|etat|progress|progression|avancement)$/],
  ['nextMeeting', /^(next meeting|next|meeting|prochaine rencontre|prochaine reunion|rencontre|reunion)$/],
  ['openPolls', /^(open polls|polls|sondages|sondages ouverts|votes)$/],
  // Facilitators: send the charter to the sponsors (file consent card in their personal chat).
  ['sendCharter', /^(send (the )?charter( to (the )?sponsors)?|envoyer (la )?charte( aux commanditaires)?|envoie (la )?charte)$/],
  ['charter', /^(charter|charte|regie|document de regie interne|roi)$/],
  ['greeting', /^(|hi|hello|hey|bonjour|salut|allo|allô|coucou|bonsoir)$/],
];

/** Reads a chat message (mentions removed, accents and case ignored) as one of the bot's commands. */
export function parseChatCommand(text: string | undefined): ChatCommand {
  const words = normalise(text ?? '');
  return rules.find(([, pattern]) => pattern.test(words))?.[0] ?? 'unknown';
}
