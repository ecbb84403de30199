import { hasAtMostCents, parseAmount, parseCount } from '@/lib/amount';
import { exampleAmount } from '@/lib/format';

/** A typed number read for the sales form: the value, or a sentence saying what to fix. */
export type Parsed = { ok: true; value: number } | { ok: false; message: string };

/** Tickets: a whole number, 0 or more ("1,200" and "1 200" read as 1200). */
export function parseTickets(text: string): Parsed {
  if (text.trim() === '') return { ok: false, message: 'Enter the number of tickets (0 if none were sold).' };
  const value = parseCount(text);
  if (Number.isNaN(value)) return { ok: false, message: 'Enter the number of tickets as digits, e.g. 120.' };
  if (value < 0) return { ok: false, message: 'Tickets cannot be negative.' };
  if (!Number.isInteger(value)) return { ok: false, message: 'Tickets must be a whole number.' };
  if (!Number.isSafeInteger(value)) return { ok: false, message: 'That number of tickets is too large.' };
  return { ok: true, value };
}

/** Revenue: an amount, 0 or more, at most cents ("1.250,50" and "1,250.50" read as 1250.5). */
export function parseRevenue(text: string): Parsed {
  if (text.trim() === '') return { ok: false, message: 'Enter the revenue (0 if there was none).' };
  const value = parseAmount(text);
  if (Number.isNaN(value)) return { ok: false, message: `Enter the revenue as an amount, e.g. ${exampleAmount(1250.5)}.` };
  if (value < 0) return { ok: false, message: 'Revenue cannot be negative.' };
  if (!hasAtMostCents(value)) return { ok: false, message: 'Use at most two decimals (cents).' };
  if (value > 1e12) return { ok: false, message: 'That amount is too large.' };
  return { ok: true, value };
}
