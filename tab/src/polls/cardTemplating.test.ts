import { fillCardDates, fillCardJson } from './cardTemplating';

describe('card date templating', () => {
  it('formats DATE and TIME like Teams, in the reader’s locale and zone', () => {
    const text = 'Se termine le {{DATE(2027-03-02T18:30:00Z, LONG)}} {{TIME(2027-03-02T18:30:00Z)}}';
    const out = fillCardDates(text, 'fr-CA', 'America/Toronto');
    expect(out).toContain('2027');
    expect(out).toContain('mars');
    expect(out).toMatch(/13\s?h\s?30|13:30/);
    expect(out).not.toContain('{{');
  });

  it('leaves unknown or broken functions alone and walks a whole card', () => {
    expect(fillCardDates('{{DATE(nope, LONG)}}', 'en-CA')).toBe('{{DATE(nope, LONG)}}');
    const card = { body: [{ type: 'TextBlock', text: '{{DATE(2027-01-01T12:00:00Z, SHORT)}}' }], version: '1.5' };
    const filled = fillCardJson(card, 'en-CA', 'UTC');
    expect(filled.body[0]!.text).toContain('2027');
    expect(filled.version).toBe('1.5');
  });
});
