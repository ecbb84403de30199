import { addDays, isCalendarDay, type Day } from '@/lib/dates';
import { formatCount, formatDay } from '@/lib/format';
import { isKnown } from '@/lib/schemas/tolerant';
import { BACKHAUL_MODELS, type BackhaulModel, type LooseBackhaulSettings } from '../api/schemas';

const WHAT: Readonly<Record<BackhaulModel, string>> = {
  EVENTS_FROM_PACKAGE: 'Purchases of events in this package',
  EVENT_SERIES: "Purchases of events in the same series as this package's events",
  ALL_PURCHASES: "All purchases by the e-mail's recipients, for any event,",
};

const days = (n: number) => formatCount(n, 'day', 'days');

/**
 * What produced the numbers, in plain words, e.g. "Purchases of events in this package within
 * 14 days after the e-mail sent on 1 June 2026." Degrades gracefully when a value is missing or
 * the model is unknown.
 */
export function modelSentence(
  settings: LooseBackhaulSettings,
  { formatDate = (day: string) => formatDay(day) }: { formatDate?: (day: string) => string } = {},
): string {
  const model = settings.backhaul_evaluation_model;
  const what = isKnown(BACKHAUL_MODELS, model)
    ? WHAT[model]
    : model ? `Purchases counted by the “${model}” model` : 'Purchases';
  const window = settings.backhaul_evaluation_attribution_window;
  const within = typeof window === 'number' && Number.isFinite(window) ? `within ${days(window)}` : 'within the attribution window';
  const after = settings.email_sent_date
    ? `after the e-mail sent on ${formatDate(settings.email_sent_date)}`
    : 'after the e-mail was sent';
  return `${what} ${within} ${after}.`;
}

export type WindowNote =
  /** the window has not closed: the numbers can still grow */
  | { kind: 'open'; lastDay: Day }
  /** the window has closed, but the numbers were computed before it did */
  | { kind: 'evaluated-early'; lastDay: Day; evaluatedDay: Day };

/**
 * Whether the numbers may be missing purchases of the attribution window. The window counts the
 * e-mail's own day and the days after it, N days in all: its last day is sent + N − 1 (as the
 * evaluation counts, docs/contract-decisions.md §5.2). The numbers are those of the evaluation:
 * made on or before the window's last day, they lack the purchases since. null when complete, or
 * when the date or window is unknown.
 */
export function windowNote(settings: LooseBackhaulSettings, today: Day, evaluatedDay: Day | null): WindowNote | null {
  const lastDay = windowLastDay(settings);
  if (lastDay === null) return null;
  if (lastDay >= today) return { kind: 'open', lastDay };
  if (evaluatedDay !== null && evaluatedDay <= lastDay) return { kind: 'evaluated-early', lastDay, evaluatedDay };
  return null;
}

/** The attribution window's last day (sent + N − 1, see windowNote); null when the date or window is unknown. */
export function windowLastDay(settings: LooseBackhaulSettings): Day | null {
  const sent = settings.email_sent_date;
  const window = settings.backhaul_evaluation_attribution_window;
  if (!sent || !isCalendarDay(sent) || typeof window !== 'number' || !Number.isFinite(window) || window < 1) return null;
  return addDays(sent, Math.trunc(window) - 1);
}
