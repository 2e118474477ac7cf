import { cardProblems } from './cardProblems';

describe('cardProblems', () => {
  it('finds nothing wrong in a valid 1.5 card', () => {
    expect(cardProblems({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'ok', wrap: true }] })).toEqual([]);
  });

  it('reports unknown elements, bad property values and the wrong version', () => {
    const problems = cardProblems({
      type: 'AdaptiveCard',
      version: '1.6',
      body: [
        { type: 'TextBlok', text: 'x' },
        { type: 'TextBlock', text: 'y', weight: 'Boldest' },
        { type: 'Input.Text', id: 'a' },
        { type: 'Input.Text', id: 'a' },
      ],
    });
    expect(problems.join('\n')).toMatch(/TextBlok/);
    expect(problems.join('\n')).toMatch(/Boldest/);
    expect(problems.join('\n')).toMatch(/1\.6/);
    expect(problems.join('\n')).toMatch(/Duplicate Id/);
  });
});
