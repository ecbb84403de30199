/**
 * The mock database's configuration and lifecycle. Data modules define their tables with
 * `defineTable`: built lazily per partner from the fixed seed and "now", kept in memory so
 * writes persist, and thrown away by `resetMock` (used by tests and the admin path).
 */
import { partnerDay } from './dates';

export type ScenarioName = 'default' | 'empty' | 'large';

export interface MockOptions {
  scenario: ScenarioName;
  /** The mock's "today": every generated date is relative to it. */
  now: Date;
  seed: number;
  /** Access-token lifetime in seconds (short values let tests exercise refresh and expiry). */
  tokenLifetimeSeconds: number;
  /** Random latency in ms [min, max]; only the browser demo sets it. */
  latency: [number, number] | null;
  /** Seconds a backhaul re-evaluation stays PENDING. */
  reevaluationSeconds: number;
}

function defaultNow(): Date {
  const fromEnv = typeof process !== 'undefined' ? process.env?.MOCK_NOW : undefined;
  if (fromEnv) return new Date(fromEnv);
  // The partner's today at 08:00 UTC: deterministic within a day, the demo never looks stale, and
  // the mock's "today" is the dashboard's (the partner's calendar day) even just after midnight.
  return new Date(`${partnerDay(Date.now())}T08:00:00Z`);
}

export const defaultOptions = (): MockOptions => ({
  scenario: 'default',
  now: defaultNow(),
  seed: 20260612,
  tokenLifetimeSeconds: 3600,
  latency: null,
  reevaluationSeconds: 3,
});

let options: MockOptions = defaultOptions();
let generation = 0;
const resetters = new Set<() => void>();

export const mockOptions = (): Readonly<MockOptions> => options;

/** Replaces the options and drops every table (they rebuild on next use). */
export function resetMock(next: Partial<MockOptions> = {}): void {
  options = { ...defaultOptions(), ...next };
  generation++;
  for (const reset of resetters) reset();
}

/** Changes options without dropping data (e.g. latency, token lifetime). */
export function configureMock(next: Partial<MockOptions>): void {
  options = { ...options, ...next };
}

export interface TableContext {
  partnerId: string;
  options: Readonly<MockOptions>;
}

/** A per-partner table, built on first use from the current options. */
export function defineTable<T>(build: (ctx: TableContext) => T): (partnerId: string) => T {
  const byPartner = new Map<string, T>();
  resetters.add(() => byPartner.clear());
  return (partnerId) => {
    let table = byPartner.get(partnerId);
    if (table === undefined) {
      table = build({ partnerId, options });
      byPartner.set(partnerId, table);
    }
    return table;
  };
}

export const mockGeneration = () => generation;
