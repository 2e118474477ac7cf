import { parsePollCommand } from './pollCommand';

describe('parsePollCommand', () => {
  it('reads a decision type and a question, in French or English, mention and spacing aside', () => {
    expect(parsePollCommand('<at>Élan</at> sondage Livrables : Adopter la trousse?')).toEqual({
      decisionType: 'Livrables',
      question: 'Adopter la trousse?',
    });
    expect(parsePollCommand('Poll   Deliverables:Adopt the kit: version 2?')).toEqual({
      decisionType: 'Deliverables',
      question: 'Adopt the kit: version 2?',
    });
  });

  it('leaves every other message to the other commands', () => {
    for (const text of [
      'sondages',
      'sondage',
      'sondage : Q?',
      'sondage Livrables :',
      'open polls',
      undefined,
      `sondage ${'x'.repeat(81)} : Q?`,
    ])
      expect(parsePollCommand(text)).toBeUndefined();
  });
});
