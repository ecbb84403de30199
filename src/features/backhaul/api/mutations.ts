import { api } from '@/lib/api';
import { packagePath, partnerDefaultsPath, type Options } from './fetchers';
import {
  backhaulSettingsSchema,
  type BackhaulSettings,
  type BackhaulSettingsInput,
  type PartnerBackhaulDefaultsInput,
} from './schemas';

/** PUT …/backhaul_evaluation_details → 200 settings; starts a re-evaluation (status PENDING). */
export function updateBackhaulEvaluationDetails(
  id: string,
  settings: BackhaulSettingsInput,
  { signal }: Options = {},
): Promise<BackhaulSettings> {
  return api.request({
    method: 'PUT',
    path: packagePath(id, '/backhaul_evaluation_details'),
    json: settings,
    schema: backhaulSettingsSchema,
    signal,
  });
}

/** POST /partners/{partner_id}/backhaul_attribution_details → 200 settings. */
export function savePartnerBackhaulDefaults(
  partnerId: string,
  settings: PartnerBackhaulDefaultsInput,
  { signal }: Options = {},
): Promise<BackhaulSettings> {
  return api.request({
    method: 'POST',
    path: partnerDefaultsPath(partnerId),
    json: settings,
    schema: backhaulSettingsSchema,
    signal,
  });
}
