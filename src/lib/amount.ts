import { decimalMark } from './format';

/**
 * Reads a typed amount the way people type money in any locale: "5000", "5 000", "5.000,50",
 * "5,000.50", "1'250", "12,5", and whole amounts written "50.-" or "50,–" (Swiss and German price
 * tags). Returns NaN for anything else (so a zod `number()` rejects it).
 *
 * - whitespace and apostrophes are digit grouping;
 * - with both "." and ",", the last one is the decimal separator;
 * - a single separator followed by exactly three digits ("1.234", "1,234") is read as the user's
 *   locale reads it: the user's decimal mark is a decimal ("100.555" in English is 100.555, which
 *   a cents check then refuses, not 100,555), the other mark is grouping; any other single
 *   separator is the decimal separator; repeated separators are grouping.
 */
export function parseAmount(text: string, userDecimalMark: string = decimalMark()): number {
  const squeezed = text.trim().replace(/[\s\u00a0\u202f']/g, '');
  // "50.-" / "1.250,–": a whole amount, its cents written as a dash after the decimal mark it uses
  const dashed = /\d([.,])[-\u2013\u2014]$/.exec(squeezed);
  const compact = dashed ? squeezed.slice(0, -2) : squeezed;
  if (dashed) userDecimalMark = dashed[1] ?? userDecimalMark;
  const match = /^([+-]?)([\d.,]+)$/.exec(compact);
  if (!match) return Number.NaN;
  const [, sign, body = ''] = match;
  const lastDot = body.lastIndexOf('.');
  const lastComma = body.lastIndexOf(',');
  let normalized: string;
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const grouping = decimal === '.' ? ',' : '.';
    const [int = '', frac = ''] = body.split(decimal);
    const groups = int.split(grouping);
    if (body.split(decimal).length > 2 || frac.includes(grouping) || groups.slice(1).some((g) => g.length !== 3)) return Number.NaN;
    normalized = `${groups.join('')}.${frac}`;
  } else {
    const separator = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : null;
    if (!separator) normalized = body;
    else {
      const parts = body.split(separator);
      const grouping = parts.length > 2 || (separator !== userDecimalMark && parts[1]?.length === 3 && /^[1-9]\d{0,2}$/.test(parts[0] ?? ''));
      if (grouping && parts.slice(1).some((p) => p.length !== 3)) return Number.NaN;
      normalized = grouping ? parts.join('') : `${parts[0]}.${parts[1]}`;
    }
  }
  if (!/^\d+(\.\d+)?$/.test(normalized)) return Number.NaN;
  return Number(`${sign}${normalized}`);
}

/**
 * A typed count (tickets, purchases, capacity): as parseAmount, but a single separator before
 * three digits is grouping in any locale ("1.200" is 1200: a count has no decimals to mean).
 */
export const parseCount = (text: string): number => parseAmount(text, '');

/** True when the amount has at most two decimals (cents). */
export const hasAtMostCents = (value: number) => Math.abs(Math.round(value * 100) - value * 100) < 1e-6;
