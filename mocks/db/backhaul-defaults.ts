/** Partner default backhaul settings (§5.2 `/partners/{partner_id}/backhaul_attribution_details`). */
import { defineTable } from './store';
import type { PartnerDefaultSettings } from './backhaul-evaluation';
import { backhaulSettingsSchema } from '../../src/features/backhaul/api/schemas';

const SEEDED: Record<string, PartnerDefaultSettings> = {
  // No email date: the optional field is absent, as for most partners.
  'partner-id-acme': { backhaul_evaluation_attribution_window: 14, backhaul_evaluation_model: 'EVENTS_FROM_PACKAGE' },
  'partner-id-bravo': { backhaul_evaluation_attribution_window: 30, backhaul_evaluation_model: 'EVENT_SERIES', email_sent_date: '2026-03-02' },
};

const FALLBACK: PartnerDefaultSettings = { backhaul_evaluation_attribution_window: 14, backhaul_evaluation_model: 'EVENTS_FROM_PACKAGE' };

const table = defineTable(({ partnerId }) => ({ value: { ...(SEEDED[partnerId] ?? FALLBACK) } }));

/** Parsed with the app's schema on the way out (architecture rule 9). */
export function partnerDefaults(partnerId: string): PartnerDefaultSettings {
  const value = { ...table(partnerId).value };
  backhaulSettingsSchema.parse(value);
  return value;
}

export function setPartnerDefaults(partnerId: string, value: PartnerDefaultSettings): PartnerDefaultSettings {
  table(partnerId).value = { ...value };
  return partnerDefaults(partnerId);
}
