import { parseChatCommand } from './chatCommand';

describe('parseChatCommand', () => {
  it.each([
    ['<at>Élan</at> aide', 'help'],
    ['HELP', 'help'],
    ['état', 'status'],
    ['<at>Élan</at>  Status ', 'status'],
    ['prochaine rencontre', 'nextMeeting'],
    ['next meeting', 'nextMeeting'],
    ['sondages', 'openPolls'],
    ['open polls', 'openPolls'],
    ['charte', 'charter'],
    ['Charter', 'charter'],
    ['<at>Élan</at> Envoyer la charte aux commanditaires', 'sendCharter'],
    ['send charter', 'sendCharter'],
    ['Bonjour!', 'greeting'],
    ['<at>Élan</at>', 'greeting'],
    ['combien de membres?', 'unknown'],
    [undefined, 'greeting'],
  ] as const)('reads %p as %s', (text, command) => {
    expect(parseChatCommand(text)).toBe(command);
  });
});
