import { guessDelimiter, neutralise, parseCsv, toCsv, unneutralise } from './csv';

describe('csv', () => {
  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(['=1+1', '+33 1', '-2', '@SUM(A1)', '\tx', 'ok', ''].map(neutralise)).toEqual([
      "'=1+1",
      "'+33 1",
      "'-2",
      "'@SUM(A1)",
      "'\tx",
      'ok',
      '',
    ]);
    expect(unneutralise("'=1+1")).toBe('=1+1');
    expect(unneutralise("'quoted")).toBe("'quoted");
  });

  it('writes quotes, delimiters and line breaks so they read back', () => {
    const rows = [
      ['a', 'b;c', 'say "hi"'],
      ['line\nbreak', '=cmd', 'é'],
    ];
    const text = toCsv(rows, ';');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain('"say ""hi"""');
    expect(text).toContain("'=cmd");
    expect(parseCsv(text).map((r) => r.map(unneutralise))).toEqual(rows);
  });

  it('reads CRLF, LF, blank lines and guesses the delimiter', () => {
    expect(parseCsv('a,b\r\n\r\n1,2\n3,"4\r\n5"')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4\r\n5'],
    ]);
    expect(guessDelimiter('name;kind;"a,b"\n')).toBe(';');
    expect(guessDelimiter('name,kind\n')).toBe(',');
    expect(parseCsv('x;y\n1;2')).toEqual([
      ['x', 'y'],
      ['1', '2'],
    ]);
  });
});
