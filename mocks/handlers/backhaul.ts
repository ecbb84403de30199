/**
 * Package Builder backhaul attribution (§5.2). Packages belong to the header partner; another
 * partner's package id answers 404 (existence is not leaked). Decisions where the contract is
 * silent: `email_sent_date` before the package's creation day is a 400 (`too_early`); settings
 * PUT is accepted for a package in any status (a package still building uses
 * them when done; a FAILED package keeps a FAILED evaluation); `evaluated_at` is null until a
 * package has been evaluated; partner defaults are replaced as a whole by POST.
 */
import { http } from 'msw';
import { MAIN, apiError, guarded, json, notFound, param, validationError } from './http';
import { getEvaluation, getPackage, getSettings, listPackages, putSettings } from '../db/packages';
import { partnerDefaults, setPartnerDefaults } from '../db/backhaul-defaults';
import { checkSettings } from '../db/backhaul-evaluation';

const PACKAGES = `${MAIN}/package_builder/packages`;

const readJson = (request: Request): Promise<unknown> => request.json().catch(() => undefined);

type Guarded = ReturnType<typeof guarded>;
/** Trailing slashes are significant (§2): msw also matches `…/{id}/`, which is a 404 here. */
const noSlash = (inner: Guarded): Guarded => (info) =>
  new URL(info.request.url).pathname.endsWith('/') ? apiError(404, 'error.route.not_found') : inner(info);

export const backhaulHandlers = [
  http.get(`${PACKAGES}/`, guarded(({ partnerId }) => json(listPackages(partnerId)))),
  http.get(PACKAGES, () => apiError(404, 'error.route.not_found')),

  http.get(`${PACKAGES}/:id`, noSlash(guarded(({ partnerId, params }) => {
    const pkg = getPackage(partnerId, param(params, 'id'));
    return pkg ? json(pkg) : notFound('package');
  }))),

  http.get(`${PACKAGES}/:id/backhaul_evaluation_details`, noSlash(guarded(({ partnerId, params }) => {
    const settings = getSettings(partnerId, param(params, 'id'));
    return settings ? json(settings) : notFound('package');
  }))),

  http.put(`${PACKAGES}/:id/backhaul_evaluation_details`, noSlash(guarded(async ({ partnerId, params, request }) => {
    const id = param(params, 'id');
    const pkg = getPackage(partnerId, id);
    if (!pkg) return notFound('package');
    // The package's e-mail cannot have gone out before the package was created (UTC day: lenient).
    const check = checkSettings(await readJson(request), false, pkg.created_at.slice(0, 10));
    if (!check.ok) return validationError(check.errors);
    const stored = putSettings(partnerId, id, check.value);
    return stored ? json(stored) : notFound('package');
  }))),

  http.get(`${PACKAGES}/:id/backhaul_evaluation`, noSlash(guarded(({ partnerId, params }) => {
    const evaluation = getEvaluation(partnerId, param(params, 'id'));
    return evaluation ? json(evaluation) : notFound('package');
  }))),

  http.get(`${MAIN}/partners/:partnerId/backhaul_attribution_details`, noSlash(guarded(({ partnerId, params }) => {
    if (param(params, 'partnerId') !== partnerId) return apiError(403, 'error.auth.partner_forbidden');
    return json(partnerDefaults(partnerId));
  }))),

  http.post(`${MAIN}/partners/:partnerId/backhaul_attribution_details`, noSlash(guarded(async ({ partnerId, params, request }) => {
    if (param(params, 'partnerId') !== partnerId) return apiError(403, 'error.auth.partner_forbidden');
    const check = checkSettings(await readJson(request), true);
    if (!check.ok) return validationError(check.errors);
    return json(setPartnerDefaults(partnerId, check.value));
  }))),
];
