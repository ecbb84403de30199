import { z } from 'zod/mini';
import { answerObject, nullableNumber, nullableString, openEnum, orDefault, orNull } from '@/lib/schemas/tolerant';

export const PACKAGE_STATUSES = ['INITIALIZING', 'INPROGRESS', 'DONE', 'FAILED', 'EXPIRED'] as const;

/** A Package Builder package (§5.2). */
export const packageSchema = z.object({
  id: z.string(),
  title: z.string(),
  status: orNull(openEnum(PACKAGE_STATUSES)),
  created_at: nullableString(),
  events: orDefault(z.array(z.object({ id: z.string(), title: nullableString() })), () => []),
});
export type Package = z.infer<typeof packageSchema>;
export const packagesSchema = z.array(packageSchema);

/** Still being built: worth refreshing until it settles. */
export const isPackageBuilding = (status: string | null | undefined) => status === 'INITIALIZING' || status === 'INPROGRESS';

export const BACKHAUL_MODELS = ['ALL_PURCHASES', 'EVENTS_FROM_PACKAGE', 'EVENT_SERIES'] as const;
export type BackhaulModel = (typeof BACKHAUL_MODELS)[number];

/**
 * Backhaul settings as answered (package details and partner defaults). The window and the model
 * are required (the contract makes only `email_sent_date` optional, in partner defaults): settings
 * without them would fill the form with blanks that could be saved over the real ones. The model
 * stays open (an unknown one degrades to "choose a model"); the date may be null or missing.
 */
export const backhaulSettingsSchema = z.object({
  backhaul_evaluation_attribution_window: z.number(),
  backhaul_evaluation_model: openEnum(BACKHAUL_MODELS),
  email_sent_date: nullableString(),
});
export type BackhaulSettings = z.infer<typeof backhaulSettingsSchema>;
/** Settings with any value unknown: what the wording helpers accept (they degrade, never throw). */
export type LooseBackhaulSettings = { [K in keyof BackhaulSettings]: BackhaulSettings[K] | null };

const isoDay = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected YYYY-MM-DD'));

/** The attribution window the API accepts: whole days, 1–365. */
export const ATTRIBUTION_WINDOW_DAYS = { min: 1, max: 365 } as const;

/** What the package settings PUT sends (also the form's validation): all three required. */
export const backhaulSettingsInputSchema = z.object({
  backhaul_evaluation_attribution_window: z.int().check(z.minimum(ATTRIBUTION_WINDOW_DAYS.min), z.maximum(ATTRIBUTION_WINDOW_DAYS.max)),
  backhaul_evaluation_model: z.enum(BACKHAUL_MODELS),
  email_sent_date: isoDay,
});
export type BackhaulSettingsInput = z.infer<typeof backhaulSettingsInputSchema>;

/** What the partner defaults POST sends: `email_sent_date` optional there. */
export const partnerBackhaulDefaultsInputSchema = z.extend(backhaulSettingsInputSchema, {
  email_sent_date: z.optional(isoDay),
});
export type PartnerBackhaulDefaultsInput = z.infer<typeof partnerBackhaulDefaultsInputSchema>;

export const EVALUATION_STATUSES = ['PENDING', 'DONE', 'FAILED'] as const;

/**
 * One cluster's result; `purchase` is revenue (money), despite the name. Each number may be null,
 * but an entry with none of them is the wrong thing (§0 [ours]), not a cluster with no buyers.
 */
export const backhaulClusterResultSchema = answerObject(z.object({
  customers: nullableNumber(),
  items: nullableNumber(),
  purchase: nullableNumber(),
}));
export type BackhaulClusterResult = z.infer<typeof backhaulClusterResultSchema>;

/** Statuses that carry no numbers of their own: only these may leave `clusters` out. */
const withoutResults = (status: string | null) => status === 'PENDING' || status === 'FAILED';

/**
 * GET …/backhaul_evaluation: `PENDING` while re-evaluating (previous clusters may stay). `clusters`
 * is the answer ([seed]): an evaluation that does not say it is pending or failed must carry it,
 * or the page would say "no buyers" (Customers 0) for an answer it could not read.
 */
export const backhaulEvaluationSchema = z.pipe(
  z.object({
    status: orNull(openEnum(EVALUATION_STATUSES)),
    evaluated_at: nullableString(),
    clusters: orNull(z.record(z.string(), backhaulClusterResultSchema)),
  }).check(z.refine((e) => e.clusters !== null || withoutResults(e.status), {
    message: 'Expected clusters in an evaluation that is neither PENDING nor FAILED',
    path: ['clusters'],
  })),
  z.transform((e) => ({ ...e, clusters: e.clusters ?? {} })),
);
export type BackhaulEvaluation = z.infer<typeof backhaulEvaluationSchema>;
