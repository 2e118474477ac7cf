import type { chatFr } from './messages.fr';

/** English messages for the bot’s answers to typed commands (help, status, charter): typed against the French keys. */
export const chatEn: Record<keyof typeof chatFr, string> = {
  'bot.help.title': 'What I can do',
  'bot.help.body':
    'Write (or mention me in the channel with): "help", "status" (workshop progress), "next meeting", "polls" (open polls), "charter", "poll <decision type>: <question>", and for facilitators "send charter" (to the sponsors). Polls are answered right in their card; the welcome card’s “Link this channel” button links the channel to a community.',
  'bot.unknown': 'I did not understand "{text}".',
  'bot.pollCommand.opened': 'Poll “{question}” posted {n, plural, =0 {(no linked channel yet)} one {in # channel} other {in # channels}}.',
  'bot.pollCommand.usage': 'Write: poll <decision type of the matrix>: <question>. For example: poll Deliverables: Adopt the kit?',
  'bot.noCommunity':
    'This channel is not linked to a community yet. A facilitator can link it from the Élan tab or with the welcome card’s “Link this channel” button (write “hello”).',
  'bot.status.title': 'Progress of "{name}"',
  'bot.status.line': '{n}. {title} — {state}',
  'bot.charter.body': 'The charter is built through the six workshops. Open the Élan tab to read and download it.',
};
