import { api } from '@/lib/api';
import {
  backhaulEvaluationSchema,
  backhaulSettingsSchema,
  packageSchema,
  packagesSchema,
  type BackhaulEvaluation,
  type BackhaulSettings,
  type Package,
} from './schemas';

export interface Options {
  signal?: AbortSignal | undefined;
}

const e = encodeURIComponent;
export const packagePath = (id: string, rest = '') => `/package_builder/packages/${e(id)}${rest}`;
export const partnerDefaultsPath = (partnerId: string) => `/partners/${e(partnerId)}/backhaul_attribution_details`;

/** GET /package_builder/packages/ (trailing slash kept). */
export function fetchPackages({ signal }: Options = {}): Promise<Package[]> {
  return api.request({ path: '/package_builder/packages/', schema: packagesSchema, signal });
}

export function fetchPackage(id: string, { signal }: Options = {}): Promise<Package> {
  return api.request({ path: packagePath(id), schema: packageSchema, signal });
}

export function fetchBackhaulEvaluationDetails(id: string, { signal }: Options = {}): Promise<BackhaulSettings> {
  return api.request({ path: packagePath(id, '/backhaul_evaluation_details'), schema: backhaulSettingsSchema, signal });
}

export function fetchBackhaulEvaluation(id: string, { signal }: Options = {}): Promise<BackhaulEvaluation> {
  return api.request({ path: packagePath(id, '/backhaul_evaluation'), schema: backhaulEvaluationSchema, signal });
}

export function fetchPartnerBackhaulDefaults(partnerId: string, { signal }: Options = {}): Promise<BackhaulSettings> {
  return api.request({ path: partnerDefaultsPath(partnerId), schema: backhaulSettingsSchema, signal });
}
