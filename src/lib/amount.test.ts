// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { hasAtMostCents, parseAmount } from './amount';

describe('parseAmount', () => {
  it.each([
    ['5000', 5000],
    [' 5000 ', 5000],
    ['5 000', 5000],
    ['5\u202f000,50', 5000.5],
    ['5.000,50', 5000.5],
    ['5,000.50', 5000.5],
    ['1\'250', 1250],
    ['12,5', 12.5],
    ['12.5', 12.5],
    ['1.234.567', 1234567],
    ['0.500', 0.5],
    ['0', 0],
    ['-3', -3],
    ['+7', 7],
    // a Swiss or German price tag: a whole amount, its cents a dash
    ['50.-', 50],
    ["1'250.-", 1250],
    ['1.250,–', 1250],
  ])('%j → %d', (text, value) => {
    expect(parseAmount(text, '.')).toBe(value);
    expect(parseAmount(text, ',')).toBe(value);
  });

  it('a single separator before three digits is read as the user\'s locale reads it', () => {
    // English: "." is the decimal mark, "," groups
    expect(parseAmount('100.555', '.')).toBe(100.555);
    expect(parseAmount('1,234', '.')).toBe(1234);
    // German: "," is the decimal mark, "." groups
    expect(parseAmount('1.234', ',')).toBe(1234);
    expect(parseAmount('100,555', ',')).toBe(100.555);
  });

  it.each(['', ' ', 'abc', '5k', '1.2.3,4,5', '1,23,456', '5.000.5', '--3', '1e5', '.', ',5,', '1.2,5'])('%j → NaN', (text) => {
    expect(parseAmount(text)).toBeNaN();
  });
});

describe('hasAtMostCents', () => {
  it('accepts whole and two-decimal amounts, rejects finer ones', () => {
    expect(hasAtMostCents(12)).toBe(true);
    expect(hasAtMostCents(12.34)).toBe(true);
    expect(hasAtMostCents(0.1 + 0.2)).toBe(true);
    expect(hasAtMostCents(12.345)).toBe(false);
  });
});
