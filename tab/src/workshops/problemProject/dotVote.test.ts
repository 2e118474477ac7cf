import { dotVoteOptions, optionLabel } from './dotVote';

describe('dot vote on the problems', () => {
  it('keeps short statements and cuts long ones at a word, within 80 characters', () => {
    expect(optionLabel('  Jargon  en comité ')).toBe('Jargon en comité');
    const long = 'Les patients partenaires quittent les comités après une ou deux rencontres, faute de soutien et de reconnaissance';
    const label = optionLabel(long);
    expect(label.length).toBeLessThanOrEqual(80);
    expect(label.endsWith('…')).toBe(true);
    expect(long.startsWith(label.slice(0, -1))).toBe(true);
  });

  it('drops empty statements, keeps ten, and makes every option distinct', () => {
    const same = 'x'.repeat(100);
    const { options } = dotVoteOptions(['A', '', undefined, 'a', same, same, ...Array.from({ length: 12 }, (_, i) => `P${i}`)]);
    expect(options).toHaveLength(10);
    expect(options[0]).toBe('A');
    expect(options[1]).toBe('a (2)');
    expect(new Set(options.map((o) => o.toLowerCase())).size).toBe(10);
    expect(options.every((o) => o.length <= 80)).toBe(true);
  });

  it('gives about a third of the options as points, at least three', () => {
    expect(dotVoteOptions(['a', 'b', 'c']).dots).toBe(3);
    expect(dotVoteOptions(Array.from({ length: 10 }, (_, i) => `p${i}`)).dots).toBe(4);
  });
});
