import { csvCell, foldWord, guessDelimiter, neutralise, parseCsv, toCsv, unneutralise, writeCsv } from './csv';

describe('csv writing', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","x")', `"'=HYPERLINK(""http://evil.example"",""x"")"`],
    ['+1+2', "'+1+2"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
    ['Nadia, facilitatrice', '"Nadia, facilitatrice"'],
    ['plain', 'plain'],
  ])('neutralises and quotes %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

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

  it('writes numbers, booleans, empty values and objects faithfully', () => {
    expect([csvCell(-3), csvCell(true), csvCell(null), csvCell(undefined), csvCell({ a: 1 })]).toEqual([
      '-3',
      'true',
      '',
      '',
      '"{""a"":1}"',
    ]);
  });

  it('quotes the delimiter in use only', () => {
    expect([csvCell('a;b', ';'), csvCell('a,b', ';'), csvCell('a;b')]).toEqual(['"a;b"', 'a,b', 'a;b']);
  });

  it('writes a header from the union of keys, CRLF line ends and a byte order mark', () => {
    expect(writeCsv([{ a: 1 }, { b: 'x', a: 2 }])).toBe('\ufeffa,b\r\n1,\r\n2,x\r\n');
  });

  it('guards every cell of records (the data export), header included', () => {
    expect(writeCsv([{ name: '=cmd|"/c calc"!A1', score: -2, '@key': '+SUM(A1:A9)' }])).toBe(
      `\ufeffname,score,'@key\r\n"'=cmd|""/c calc""!A1",-2,'+SUM(A1:A9)\r\n`,
    );
    expect(writeCsv([{ a: '-2+3' }], ['a', 'b'])).toBe("\ufeffa,b\r\n'-2+3,\r\n");
  });

  it('guards every cell of rows (the workshop tables), whatever the delimiter', () => {
    expect(toCsv([['name'], ['=1+1'], ['@SUM(A1)'], ['\tx']], ';')).toBe("\ufeffname\r\n'=1+1\r\n'@SUM(A1)\r\n'\tx\r\n");
    expect(toCsv([['-2', '+33 1']])).toBe("\ufeff'-2,'+33 1\r\n");
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
});

describe('csv reading', () => {
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

  it('reads back what the export wrote', () => {
    const text = writeCsv([{ name: 'Zoé, "la" membre', note: '=1+1' }]);
    expect(parseCsv(text).map((r) => r.map(unneutralise))).toEqual([
      ['name', 'note'],
      ['Zoé, "la" membre', '=1+1'],
    ]);
  });

  it('folds typed words: accents, case and spaces ignored', () => {
    expect(foldWord('  Élu Référent ')).toBe('elu referent');
  });
});
