import { isCalendarDay } from './dates';

/**
 * The URL is the state of every list and chart (architecture rule 5). A route declares its
 * fields once; `parse` never throws (a bad value falls back to the field's default), repeated
 * keys become arrays, and `serialize` omits defaults so links stay short and canonical.
 */
export interface Field<T> {
  readonly default: T;
  read(values: string[]): T;
  write(value: T): string[];
}


export const field = {
  /** Free text; trimmed. */
  text: (fallback = ''): Field<string> => ({
    default: fallback,
    read: (v) => v[0]?.trim() || fallback,
    write: (value) => (value ? [value] : []),
  }),
  /** A repeated key (?city=A&city=B), empty values dropped, duplicates removed, order kept. */
  list: (allowed?: readonly string[]): Field<string[]> => ({
    default: [],
    read: (v) => [...new Set(v.filter((s) => s !== '' && (!allowed || allowed.includes(s))))],
    write: (value) => value,
  }),
  /** One of a fixed set. */
  oneOf: <const T extends string>(values: readonly T[], fallback: T): Field<T> => ({
    default: fallback,
    read: (v) => (values.includes(v[0] as T) ? (v[0] as T) : fallback),
    write: (value) => [value],
  }),
  /** An integer within [min, max]. */
  int: (fallback: number, { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = {}): Field<number> => ({
    default: fallback,
    read: (v) => {
      const n = Number(v[0]);
      return v[0] !== undefined && Number.isInteger(n) && n >= min && n <= max ? n : fallback;
    },
    write: (value) => [String(value)],
  }),
  /** A boolean as "1" / absent. */
  flag: (): Field<boolean> => ({
    default: false,
    read: (v) => v[0] === '1' || v[0] === 'true',
    write: (value) => (value ? ['1'] : []),
  }),
  /** A calendar day YYYY-MM-DD or null. */
  day: (): Field<string | null> => ({
    default: null,
    read: (v) => (v[0] && isCalendarDay(v[0]) ? v[0] : null),
    write: (value) => (value ? [value] : []),
  }),
};

type Fields = Record<string, Field<unknown>>;
export type SearchOf<F extends Fields> = { [K in keyof F]: F[K] extends Field<infer T> ? T : never };

const sameValue = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export function defineSearch<F extends Fields>(fields: F) {
  type S = SearchOf<F>;
  const keys = Object.keys(fields) as (keyof F & string)[];
  const defaults = Object.fromEntries(keys.map((k) => [k, fields[k]?.default])) as S;

  function parse(params: URLSearchParams): S {
    return Object.fromEntries(keys.map((k) => [k, fields[k]?.read(params.getAll(k))])) as S;
  }

  function serialize(state: Partial<S>): URLSearchParams {
    const params = new URLSearchParams();
    for (const k of keys) {
      const f = fields[k];
      if (!f || state[k] === undefined) continue;
      const written = f.write(state[k]);
      if (sameValue(written, f.write(f.default))) continue;
      for (const v of written) params.append(k, v);
    }
    return params;
  }

  return { fields, defaults, parse, serialize };
}
