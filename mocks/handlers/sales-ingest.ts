/**
 * `POST /ingest/transaction_summary` (§6): body validation with path-like fields
 * ('from', 'tickets.1.sold') and spreading a range's totals evenly over its days.
 */
import type { ValidationErrorBody } from './http';
import { isIsoDate } from '../db/backhaul-evaluation';
import { SALES_FLOOR } from '../db/dates';
import type { SalesRow } from '../db/daily-sales';

export interface TicketLine { type: string; sold: number; revenue: number }
export interface TransactionSummary { eid: string; from: string; to: string; tickets: TicketLine[] }

/** Longest range one summary may cover. */
const MAX_DAYS = 366;
const DAY_MS = 86_400_000;
const dayMs = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

export type IngestCheck = { ok: true; value: TransactionSummary } | { ok: false; errors: ValidationErrorBody[] };

/** Checks everything but whether `eid` exists (the handler answers 404 for that first). */
export function checkTransactionSummary(body: unknown, today: string): IngestCheck {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { ok: false, errors: [{ code: 'invalid_body', message: 'Expected a JSON object' }] };
  }
  const b = body as Record<string, unknown>;
  const errors: ValidationErrorBody[] = [];
  if (typeof b.eid !== 'string' || b.eid === '') errors.push({ code: 'required', field: 'eid' });

  for (const field of ['from', 'to'] as const) {
    const v = b[field];
    if (v === undefined || v === null || v === '') errors.push({ code: 'required', field });
    else if (!isIsoDate(v)) errors.push({ code: 'invalid_date', field, message: 'YYYY-MM-DD' });
    else if (v > today) errors.push({ code: 'date_in_future', field });
    else if (v < SALES_FLOOR) errors.push({ code: 'date_too_early', field, message: `Not before ${SALES_FLOOR}` });
  }
  const { from, to } = b;
  if (isIsoDate(from) && isIsoDate(to) && from <= today && to <= today && from >= SALES_FLOOR) {
    if (from > to) errors.push({ code: 'before_from', field: 'to', message: '`to` must not be before `from`' });
    else if ((dayMs(to) - dayMs(from)) / DAY_MS + 1 > MAX_DAYS) errors.push({ code: 'range_too_long', field: 'to', message: `At most ${MAX_DAYS} days` });
  }

  const tickets = b.tickets;
  if (!Array.isArray(tickets)) errors.push({ code: 'required', field: 'tickets' });
  else if (tickets.length === 0) errors.push({ code: 'empty', field: 'tickets', message: 'At least one ticket line' });
  else {
    const types = new Set<string>();
    tickets.forEach((line: unknown, i) => {
      const at = `tickets.${i}`;
      if (typeof line !== 'object' || line === null) { errors.push({ code: 'invalid', field: at }); return; }
      const { type, sold, revenue } = line as Record<string, unknown>;
      if (typeof type !== 'string' || type.trim() === '') errors.push({ code: 'required', field: `${at}.type` });
      else if (types.has(type.trim())) errors.push({ code: 'duplicate', field: `${at}.type` });
      else types.add(type.trim());
      if (sold === undefined || sold === null) errors.push({ code: 'required', field: `${at}.sold` });
      else if (typeof sold !== 'number' || !Number.isInteger(sold)) errors.push({ code: 'not_an_integer', field: `${at}.sold` });
      else if (sold < 0) errors.push({ code: 'negative', field: `${at}.sold` });
      if (revenue === undefined || revenue === null) errors.push({ code: 'required', field: `${at}.revenue` });
      else if (typeof revenue !== 'number' || !Number.isFinite(revenue)) errors.push({ code: 'not_a_number', field: `${at}.revenue` });
      else if (revenue < 0) errors.push({ code: 'negative', field: `${at}.revenue` });
    });
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      eid: b.eid as string,
      from: from as string,
      to: to as string,
      tickets: (tickets as TicketLine[]).map((t) => ({ type: t.type.trim(), sold: t.sold, revenue: t.revenue })),
    },
  };
}

/** Evenly spread share i of n (integer parts that sum exactly to `total`). */
const share = (total: number, weightBefore: number, weightUpTo: number, weightAll: number) =>
  Math.floor((total * weightUpTo) / weightAll) - Math.floor((total * weightBefore) / weightAll);

/**
 * One row per day and ticket type: tickets spread evenly (integers summing to `sold`), revenue in
 * cents proportional to each day's tickets (evenly by day when nothing was sold). Empty days are
 * left out (the contract allows missing days).
 */
export function spreadOverDays(summary: TransactionSummary): SalesRow[] {
  const first = dayMs(summary.from);
  const n = (dayMs(summary.to) - first) / DAY_MS + 1;
  const rows: SalesRow[] = [];
  for (const line of summary.tickets) {
    const cents = Math.round(line.revenue * 100);
    for (let i = 0; i < n; i++) {
      const tickets = share(line.sold, i, i + 1, n);
      const revenueCents = line.sold > 0
        ? share(cents, share(line.sold, 0, i, n), share(line.sold, 0, i + 1, n), line.sold)
        : share(cents, i, i + 1, n);
      if (tickets === 0 && revenueCents === 0) continue;
      rows.push({ date: new Date(first + i * DAY_MS).toISOString().slice(0, 10), ticket_type: line.type, tickets, revenue: revenueCents / 100 });
    }
  }
  return rows;
}
