import { csvCell, writeCsv } from './csvWriter';

describe('csvWriter', () => {
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

  it('writes numbers, booleans, empty values and objects faithfully', () => {
    expect([csvCell(-3), csvCell(true), csvCell(null), csvCell(undefined), csvCell({ a: 1 })]).toEqual([
      '-3',
      'true',
      '',
      '',
      '"{""a"":1}"',
    ]);
  });

  it('writes a header from the union of keys, CRLF line ends and a byte order mark', () => {
    expect(writeCsv([{ a: 1 }, { b: 'x', a: 2 }])).toBe('\ufeffa,b\r\n1,\r\n2,x\r\n');
  });
});
