import { isKnown, type OpenEnum } from '@/lib/schemas/tolerant';
import { BACKHAUL_MODELS, type BackhaulModel } from '../api/schemas';

export interface ModelInfo {
  label: string;
  /** one line, shown under the option */
  explanation: string;
  recommended: boolean;
}

/** The three attribution models, in the order they are offered (most defensible first). */
export const MODEL_INFO: Readonly<Record<BackhaulModel, ModelInfo>> = {
  EVENTS_FROM_PACKAGE: {
    label: 'Events in this package',
    explanation: 'Counts only tickets for the events the e-mail promoted.',
    recommended: true,
  },
  EVENT_SERIES: {
    label: 'Events in the same series',
    explanation: 'Also counts other dates of the series these events belong to.',
    recommended: false,
  },
  ALL_PURCHASES: {
    label: 'All purchases',
    explanation: 'Counts every ticket the recipients bought, for any event — an upper bound.',
    recommended: false,
  },
};

export const MODEL_ORDER: readonly BackhaulModel[] = ['EVENTS_FROM_PACKAGE', 'EVENT_SERIES', 'ALL_PURCHASES'];

/** A label for any model value, including ones this dashboard does not know yet. */
export function modelLabel(model: OpenEnum<BackhaulModel> | null): string {
  if (model === null) return 'Not set';
  return isKnown(BACKHAUL_MODELS, model) ? MODEL_INFO[model].label : model;
}
