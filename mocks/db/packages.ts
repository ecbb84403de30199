/**
 * Package Builder packages and their backhaul evaluations (§5.2), per partner.
 *
 * Time: dates are relative to the mock's fixed "now". Progress happens in real time so a polling
 * UI sees it: an INITIALIZING package turns INPROGRESS `reevaluationSeconds` after it was first
 * read and DONE after twice that; an INPROGRESS one turns DONE after twice that. A settings change
 * keeps the evaluation PENDING (previous clusters kept) for `reevaluationSeconds`, then DONE.
 * Timestamps of such transitions are "now" plus the real time elapsed since the table was built.
 */
import { defineTable, type MockOptions } from './store';
import { createRng, hashSeed } from '../lib/rng';
import {
  buildClusterProfiles, evaluateClusters, type ClusterProfile, type ClusterResults, type EvaluationSettings,
} from './backhaul-evaluation';
import { partnerDefaults } from './backhaul-defaults';
import type { Category } from './event-types';
import { packageClusterPool, packageEvents } from './package-events';
import { genreOf } from './package-genres';
import { backhaulEvaluationSchema, backhaulSettingsSchema, packageSchema } from '../../src/features/backhaul/api/schemas';

export type PackageStatus = 'INITIALIZING' | 'INPROGRESS' | 'DONE' | 'FAILED' | 'EXPIRED';
export type EvaluationStatus = 'PENDING' | 'DONE' | 'FAILED';

export interface PackageEvent { id: string; title: string }
export interface PackageRow { id: string; title: string; status: PackageStatus; created_at: string; events: PackageEvent[] }
export interface EvaluationRow { status: EvaluationStatus; evaluated_at: string | null; clusters: ClusterResults }

interface PackageState {
  row: Omit<PackageRow, 'status'>;
  seededStatus: PackageStatus;
  firstReadAt: number | null;
  profiles: ClusterProfile[];
  settings: EvaluationSettings;
  /** Last settled evaluation of a DONE/EXPIRED package (null until the package is built). */
  settled: { status: 'DONE' | 'FAILED'; evaluated_at: string; clusters: ClusterResults } | null;
  /** Real-time ms when a running re-evaluation settles. */
  pendingUntil: number | null;
}

interface PackageSeed {
  id: string; title: string; status: PackageStatus; ageDays: number; clusters: number;
  events: number; category: Category; window?: number; model?: EvaluationSettings['backhaul_evaluation_model'];
  evaluationFailed?: boolean;
}

const SEEDS: Record<string, PackageSeed[]> = {
  'partner-id-acme': [
    { id: 'pkg_555', category: 'concert', title: 'Summer open-air 2026', status: 'DONE', ageDays: 24, clusters: 5, events: 4 },
    { id: 'pkg_556', category: 'concert', title: 'Jazz weekend Hamburg', status: 'DONE', ageDays: 41, clusters: 4, events: 3, window: 30 },
    { id: 'pkg_557', category: 'concert', title: 'Autumn arena tour', status: 'INPROGRESS', ageDays: 1, clusters: 5, events: 5 },
    { id: 'pkg_558', category: 'concert', title: 'Christmas classics 2026', status: 'INITIALIZING', ageDays: 0, clusters: 4, events: 3 },
    { id: 'pkg_559', category: 'concert', title: 'Metal nights Munich', status: 'DONE', ageDays: 18, clusters: 3, events: 2, evaluationFailed: true },
    { id: 'pkg_560', category: 'comedy', title: 'Comedy spring tour', status: 'FAILED', ageDays: 9, clusters: 3, events: 3 },
    { id: 'pkg_561', category: 'fair', title: 'Festival season 2025', status: 'EXPIRED', ageDays: 210, clusters: 6, events: 6, model: 'EVENT_SERIES' },
    { id: 'pkg_562', category: 'concert', title: 'Indie club series Berlin', status: 'DONE', ageDays: 63, clusters: 4, events: 5, model: 'ALL_PURCHASES' },
    { id: 'pkg_563', category: 'theatre', title: 'Family Sunday matinées', status: 'DONE', ageDays: 33, clusters: 3, events: 3 },
    { id: 'pkg_564', category: 'concert', title: 'Chamber music trial', status: 'DONE', ageDays: 15, clusters: 0, events: 1 },
    { id: 'pkg_565', category: 'concert', title: 'Winter techno weekender', status: 'EXPIRED', ageDays: 320, clusters: 4, events: 2, window: 7 },
    { id: 'pkg_566', category: 'theatre', title: 'Open-air cinema nights', status: 'DONE', ageDays: 12, clusters: 5, events: 4, window: 60 },
  ],
  'partner-id-bravo': [
    { id: 'pkg_601', category: 'sports', title: 'Season tickets 2026/27', status: 'DONE', ageDays: 20, clusters: 4, events: 3 },
    { id: 'pkg_602', category: 'sports', title: 'Cup final weekend', status: 'INPROGRESS', ageDays: 2, clusters: 3, events: 2 },
  ],
};

const DAY_MS = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * Two days after creation, but no later than a week before "now" (days of results to show) — and
 * never before the package existed (the API refuses that): a package from the last week gets its
 * creation day, taken 12 h on so it is that day in the partner's zone too, but not after "now".
 */
function seededEmailDay(createdMs: number, now: number): string {
  return isoDay(Math.max(Math.min(createdMs + 2 * DAY_MS, now - 7 * DAY_MS), Math.min(createdMs + DAY_MS / 2, now)));
}

function largeSeeds(partnerId: string, seed: number): PackageSeed[] {
  const rng = createRng(hashSeed(`${seed}:${partnerId}:large-packages`));
  const themes = ['Spring', 'Summer', 'Autumn', 'Winter', 'Weekend', 'Late-night', 'Open-air', 'Club'];
  // each kind with its category, so the events and clusters drawn for it fit its title
  const kinds: [string, Category][] = partnerId === 'partner-id-bravo'
    ? [['home games', 'sports'], ['derby tickets', 'sports'], ['playoff pass', 'sports']]
    : [['rock nights', 'concert'], ['jazz sessions', 'concert'], ['classics', 'concert'], ['comedy', 'comedy'], ['family shows', 'theatre'], ['festival', 'fair']];
  const statuses: PackageStatus[] = ['DONE', 'DONE', 'DONE', 'EXPIRED', 'FAILED', 'INPROGRESS'];
  return Array.from({ length: 36 }, (_, i) => {
    const [kind, category] = rng.pick(kinds);
    return {
      id: `pkg_${700 + i}`,
      title: `${rng.pick(themes)} ${kind} ${2025 + (i % 2)}`,
      category,
    status: rng.pick(statuses),
    ageDays: rng.int(3, 300),
    clusters: rng.int(1, 6),
      events: rng.int(1, 6),
    };
  });
}

function seedsFor(partnerId: string, options: Readonly<MockOptions>): PackageSeed[] {
  if (options.scenario === 'empty') return [];
  const base = SEEDS[partnerId] ?? [];
  return options.scenario === 'large' ? [...base, ...largeSeeds(partnerId, options.seed)] : base;
}

const table = defineTable(({ partnerId, options }) => {
  const now = options.now.getTime();
  const packages = new Map<string, PackageState>();
  const defaults = partnerDefaults(partnerId);
  for (const s of seedsFor(partnerId, options)) {
    const createdMs = now - s.ageDays * DAY_MS - (hashSeed(s.id) % 36_000) * 1000;
    const settings: EvaluationSettings = {
      backhaul_evaluation_attribution_window: s.window ?? defaults.backhaul_evaluation_attribution_window,
      backhaul_evaluation_model: s.model ?? defaults.backhaul_evaluation_model,
      email_sent_date: seededEmailDay(createdMs, now),
    };
    const genre = genreOf(s.title, s.category);
    const events = packageEvents(partnerId, s.id, s.events, createdMs, s.category, genre);
    const profiles = buildClusterProfiles(`${options.seed}:${s.id}`, s.clusters, packageClusterPool(partnerId, events, s.category, genre));
    const built = s.status === 'DONE' || s.status === 'EXPIRED';
    // evaluated an hour after the window closed (as a server would, once its purchases are in),
    // or an hour ago while it is still open; the numbers are those of that moment
    const windowEndMs = Date.parse(`${settings.email_sent_date}T00:00:00Z`) + settings.backhaul_evaluation_attribution_window * DAY_MS;
    const evaluatedAt = new Date(Math.min(now - 3_600_000, windowEndMs + 3_600_000)).toISOString();
    packages.set(s.id, {
      row: { id: s.id, title: s.title, created_at: new Date(createdMs).toISOString(), events },
      seededStatus: s.status,
      firstReadAt: null,
      profiles,
      settings,
      settled: !built ? null
        : s.evaluationFailed ? { status: 'FAILED', evaluated_at: evaluatedAt, clusters: {} }
          : { status: 'DONE', evaluated_at: evaluatedAt, clusters: evaluateClusters(profiles, settings, new Date(evaluatedAt)) },
      pendingUntil: null,
    });
  }
  return { packages, builtAt: Date.now(), options };
});

type Table = ReturnType<typeof table>;
/** Rule 9: everything the mock answers parses with the app's own schemas (drift fails loudly). */
const checked = <T>(schema: { parse: (value: unknown) => unknown }, value: T): T => {
  schema.parse(value);
  return value;
};
const clockIso = (t: Table, realMs: number) => new Date(t.options.now.getTime() + Math.max(0, realMs - t.builtAt)).toISOString();

/** Advances a package through its build steps, in real time from its first read. */
function currentStatus(t: Table, p: PackageState): PackageStatus {
  if (p.seededStatus !== 'INITIALIZING' && p.seededStatus !== 'INPROGRESS') return p.seededStatus;
  const realNow = Date.now();
  p.firstReadAt ??= realNow;
  const unitMs = t.options.reevaluationSeconds * 1000;
  const elapsed = realNow - p.firstReadAt;
  if (elapsed >= 2 * unitMs) {
    const doneAt = p.firstReadAt + 2 * unitMs;
    p.seededStatus = 'DONE';
    p.settled = { status: 'DONE', evaluated_at: clockIso(t, doneAt), clusters: evaluateClusters(p.profiles, p.settings, t.options.now) };
    return 'DONE';
  }
  if (p.seededStatus === 'INITIALIZING' && elapsed >= unitMs) return 'INPROGRESS';
  return p.seededStatus;
}

const toRow = (t: Table, p: PackageState): PackageRow => {
  const status = currentStatus(t, p);
  return checked(packageSchema, { ...p.row, status, events: p.row.events.map((e) => ({ ...e })) });
};

/** Newest first. */
export function listPackages(partnerId: string): PackageRow[] {
  const t = table(partnerId);
  return [...t.packages.values()].map((p) => toRow(t, p)).sort((a, b) => b.created_at.localeCompare(a.created_at));
}

export function getPackage(partnerId: string, id: string): PackageRow | undefined {
  const t = table(partnerId);
  const p = t.packages.get(id);
  return p && toRow(t, p);
}

export function getSettings(partnerId: string, id: string): EvaluationSettings | undefined {
  const p = table(partnerId).packages.get(id);
  return p && checked(backhaulSettingsSchema, { ...p.settings });
}

/** Stores settings and starts a re-evaluation (§5.2); a package still building picks them up when done. */
export function putSettings(partnerId: string, id: string, settings: EvaluationSettings): EvaluationSettings | undefined {
  const t = table(partnerId);
  const p = t.packages.get(id);
  if (!p) return undefined;
  p.settings = { ...settings };
  const status = currentStatus(t, p);
  if (status === 'DONE' || status === 'EXPIRED') p.pendingUntil = Date.now() + t.options.reevaluationSeconds * 1000;
  return checked(backhaulSettingsSchema, { ...p.settings });
}

export function getEvaluation(partnerId: string, id: string): EvaluationRow | undefined {
  const t = table(partnerId);
  const p = t.packages.get(id);
  return p && checked(backhaulEvaluationSchema, evaluationOf(t, p));
}

function evaluationOf(t: Table, p: PackageState): EvaluationRow {
  const status = currentStatus(t, p);
  if (status === 'FAILED') return { status: 'FAILED', evaluated_at: null, clusters: {} };
  if (!p.settled) return { status: 'PENDING', evaluated_at: null, clusters: {} };
  if (p.pendingUntil !== null) {
    if (Date.now() < p.pendingUntil) return { status: 'PENDING', evaluated_at: p.settled.evaluated_at, clusters: structuredClone(p.settled.clusters) };
    p.settled = { status: 'DONE', evaluated_at: clockIso(t, p.pendingUntil), clusters: evaluateClusters(p.profiles, p.settings, t.options.now) };
    p.pendingUntil = null;
  }
  return structuredClone(p.settled);
}
