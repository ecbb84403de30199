/**
 * Backhaul evaluation settings (§5.2): validation and the deterministic "model" that turns
 * settings into per-cluster results. Pure functions; the package table keeps the state.
 */
import type { ValidationErrorBody } from '../handlers/http';
import { createRng, hashSeed } from '../lib/rng';

export const EVALUATION_MODELS = ['ALL_PURCHASES', 'EVENTS_FROM_PACKAGE', 'EVENT_SERIES'] as const;
export type EvaluationModel = (typeof EVALUATION_MODELS)[number];

export interface EvaluationSettings {
  backhaul_evaluation_attribution_window: number;
  backhaul_evaluation_model: EvaluationModel;
  email_sent_date: string;
}
/** Partner defaults: `email_sent_date` is optional there (§5.2). */
export type PartnerDefaultSettings = Omit<EvaluationSettings, 'email_sent_date'> & { email_sent_date?: string };

export interface ClusterResult { customers: number; items: number; purchase: number }
export type ClusterResults = Record<string, ClusterResult>;

/** What a cluster would yield with a perfect, unlimited attribution (the model's "ceiling"). */
export interface ClusterProfile {
  tc: string;
  /** Buyers attributable to the package's own events with a long window. */
  baseCustomers: number;
  itemsPerCustomer: number;
  pricePerItem: number;
  /** Extra share of buyers when counting the whole series / all purchases (≥ 0). */
  seriesLift: number;
  allLift: number;
}

/** Where a package's clusters come from: `lead` first (its genre's audience), then drawn from `rest`. */
export interface ClusterPool { lead: readonly string[]; rest: readonly string[] }

export function buildClusterProfiles(seed: string, count: number, from: ClusterPool): ClusterProfile[] {
  const rng = createRng(hashSeed(seed));
  const lead = from.lead.slice(0, count);
  const pool = from.rest.filter((tc) => !lead.includes(tc));
  const profiles: ClusterProfile[] = [];
  for (let i = 0; i < count && (i < lead.length || pool.length > 0); i++) {
    const tc = i < lead.length ? lead[i] : pool.splice(rng.int(0, pool.length - 1), 1)[0];
    if (tc === undefined) break;
    profiles.push({
      tc,
      // the audience the package was made for is its largest (a jazz weekend's buyers are mostly jazz fans)
      baseCustomers: i < lead.length ? rng.int(420, 560) : rng.int(40, 420),
      itemsPerCustomer: rng.float(1.2, 2.8),
      pricePerItem: rng.float(24, 89),
      seriesLift: rng.float(0.15, 0.5),
      allLift: rng.float(0.4, 1.2),
    });
  }
  return profiles;
}

const DAY_MS = 86_400_000;
/** Days over which most attributable purchases happen; the window's effect saturates. */
const WINDOW_TAU_DAYS = 12;

/**
 * Deterministic results for the settings. Orders by model (ALL_PURCHASES ≥ EVENT_SERIES ≥
 * EVENTS_FROM_PACKAGE), grows with the window and saturates; a window reaching past the mock's
 * "now" counts only the time that has passed. The email date adds a small, stable wobble.
 */
export function evaluateClusters(profiles: readonly ClusterProfile[], settings: EvaluationSettings, now: Date): ClusterResults {
  const sent = Date.parse(`${settings.email_sent_date}T00:00:00Z`);
  // Fractional: the e-mail's own day counts for the hours that have passed.
  const elapsedDays = Math.max(0, (now.getTime() - sent) / DAY_MS);
  const days = Math.min(settings.backhaul_evaluation_attribution_window, elapsedDays);
  const windowShare = 1 - Math.exp(-days / WINDOW_TAU_DAYS);
  const wobble = 0.9 + 0.2 * createRng(hashSeed(settings.email_sent_date)).next();
  const results: ClusterResults = {};
  for (const p of profiles) {
    const modelFactor =
      settings.backhaul_evaluation_model === 'EVENTS_FROM_PACKAGE' ? 1
        : settings.backhaul_evaluation_model === 'EVENT_SERIES' ? 1 + p.seriesLift
          : 1 + p.seriesLift + p.allLift;
    const customers = Math.round(p.baseCustomers * modelFactor * windowShare * wobble);
    const items = Math.round(customers * p.itemsPerCustomer);
    results[p.tc] = { customers, items, purchase: Math.round(items * p.pricePerItem) };
  }
  return results;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A real calendar day written as YYYY-MM-DD. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export type SettingsCheck<T> = { ok: true; value: T } | { ok: false; errors: ValidationErrorBody[] };

/**
 * Validates a settings body; `email_sent_date` may be omitted (or null) only when `dateOptional`,
 * and is not before `notBefore` (a package's creation day, UTC) when given.
 */
export function checkSettings(body: unknown, dateOptional: false, notBefore?: string): SettingsCheck<EvaluationSettings>;
export function checkSettings(body: unknown, dateOptional: true): SettingsCheck<PartnerDefaultSettings>;
export function checkSettings(body: unknown, dateOptional: boolean, notBefore?: string): SettingsCheck<PartnerDefaultSettings> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { ok: false, errors: [{ code: 'invalid_body', message: 'Expected a JSON object' }] };
  }
  const b = body as Record<string, unknown>;
  const errors: ValidationErrorBody[] = [];
  const window = b.backhaul_evaluation_attribution_window;
  const windowField = 'backhaul_evaluation_attribution_window';
  if (window === undefined || window === null) errors.push({ code: 'required', field: windowField });
  else if (typeof window !== 'number' || !Number.isInteger(window)) errors.push({ code: 'not_an_integer', field: windowField });
  else if (window < 1 || window > 365) errors.push({ code: 'out_of_range', field: windowField, message: 'Between 1 and 365 days' });

  const model = b.backhaul_evaluation_model;
  if (model === undefined || model === null) errors.push({ code: 'required', field: 'backhaul_evaluation_model' });
  else if (!EVALUATION_MODELS.includes(model as EvaluationModel)) {
    errors.push({ code: 'invalid_choice', field: 'backhaul_evaluation_model', message: EVALUATION_MODELS.join(', ') });
  }

  const date = b.email_sent_date;
  if (date === undefined || date === null) {
    if (!dateOptional) errors.push({ code: 'required', field: 'email_sent_date' });
  } else if (!isIsoDate(date)) errors.push({ code: 'invalid_date', field: 'email_sent_date', message: 'YYYY-MM-DD' });
  else if (notBefore && date < notBefore) {
    errors.push({ code: 'too_early', field: 'email_sent_date', message: `Not before the package was created (${notBefore})` });
  }

  if (errors.length > 0) return { ok: false, errors };
  const value: PartnerDefaultSettings = {
    backhaul_evaluation_attribution_window: window as number,
    backhaul_evaluation_model: model as EvaluationModel,
  };
  if (typeof date === 'string') value.email_sent_date = date;
  return { ok: true, value };
}
