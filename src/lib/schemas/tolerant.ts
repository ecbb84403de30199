import { z } from 'zod/mini';

/**
 * Building blocks for the contract's tolerance rule (§0 "[ours]"): an unknown enum value or a
 * missing optional field must degrade the UI, never crash it.
 */

/** A known set of values that stays open: autocompletes the known ones, accepts any string. */
export type OpenEnum<T extends string> = T | (string & {});

/**
 * Parses any string, typed as the known values plus "some other string". No transform, so the
 * schema's input and output are the same (the mocks parse their own output through it).
 */
export function openEnum<const T extends readonly string[]>(_known: T) {
  return z.custom<OpenEnum<T[number]>>((value) => typeof value === 'string', {
    message: 'Expected a string',
  });
}

/** Narrows an open-enum value to the known set (for switch/lookup tables in the UI). */
export function isKnown<const T extends readonly string[]>(known: T, value: unknown): value is T[number] {
  return typeof value === 'string' && (known as readonly string[]).includes(value);
}

/** Absent or null → null; the output type is `T | null`, never undefined. */
export function orNull<S extends z.ZodMiniType>(schema: S) {
  return z._default(z.nullable(schema), null);
}

/** Absent or null → `fallback()`; the output type is the schema's, never null. */
export function orDefault<S extends z.ZodMiniType>(schema: S, fallback: () => z.output<S>) {
  return z.pipe(z.optional(z.nullable(schema)), z.transform((value): z.output<S> => value ?? fallback()));
}

/** A number the contract allows to be null (or that a server may leave out). */
export const nullableNumber = () => orNull(z.number());
export const nullableString = () => orNull(z.string());

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * An answer object that must carry at least one of its fields. Each field may be null or left
 * out (tolerance), but a body with none of them (another endpoint's answer, a proxy's JSON) is
 * the wrong thing, not "no data": it fails as a SchemaError and the panel shows an error,
 * instead of "no sales recorded", which could have someone enter them twice.
 */
export function answerObject<S extends z.ZodMiniObject>(schema: S): z.ZodMiniPipe<z.ZodMiniCustom<unknown>, S> {
  const keys = Object.keys(schema._zod.def.shape);
  const recognised = z.custom<unknown>(
    (value) => isRecord(value) && keys.some((key) => value[key] !== undefined),
    { message: `Expected an object with any of: ${keys.join(', ')}` },
  );
  return z.pipe<z.ZodMiniCustom<unknown>, S>(recognised, schema);
}
