import { formatDecimal, formatMoney } from '@/lib/format';

/**
 * Money in the partner's currency. Until the currency is known it is shown as a plain number
 * rather than guessed, so a CHF partner never sees euros.
 */
export function moneyFormatter(currency: string | null, { short = false } = {}) {
  return (v: number | null | undefined) => (currency ? formatMoney(v, currency, { short }) : formatDecimal(v, short ? 0 : 2));
}

/** A money KPI tile: short value, the full amount as its hint, never a guessed currency. */
export function moneyForTile(v: number | null | undefined, currency: string | null): { value: string; hint: string | undefined } {
  return { value: moneyFormatter(currency, { short: true })(v), hint: v === null || v === undefined ? undefined : moneyFormatter(currency)(v) };
}
