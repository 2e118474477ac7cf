import { fromChunks, toChunks } from './jsonChunks';

describe('jsonChunks', () => {
  it('round-trips short and long JSON, including characters outside Latin-1', () => {
    for (const json of ['{}', JSON.stringify({ text: 'é'.repeat(95_000) + '🙂'.repeat(10) })]) {
      const props = toChunks(json);
      expect(fromChunks(props)).toBe(json);
      for (const [key, value] of Object.entries(props)) if (key !== 'chunks') expect((value as string).length).toBeLessThanOrEqual(30_000);
    }
  });

  it('never splits a surrogate pair across two properties', () => {
    const json = 'x'.repeat(29_999) + '🙂'.repeat(20_000);
    const props = toChunks(json);
    expect(fromChunks(props)).toBe(json);
    for (const [key, value] of Object.entries(props)) {
      if (key === 'chunks') continue;
      const text = value as string;
      expect(/[\uD800-\uDBFF]$/.test(text)).toBe(false);
      expect(/^[\uDC00-\uDFFF]/.test(text)).toBe(false);
    }
  });

  it('uses as many properties as needed', () => {
    expect(toChunks('x'.repeat(60_001))['chunks']).toBe(3);
    expect(fromChunks({})).toBe('');
  });
});
