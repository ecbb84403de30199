import { isPackageBuilding, type Package } from '../api/schemas';
import type { ResultsState } from './results-state';

export interface SettingsCopy {
  intro: string;
  submitLabel: string;
  savedMessage: string;
  /** the e-mail may not have gone out yet: its day may be ahead */
  planned: boolean;
  dateHint: string;
}

const REEVALUATE = {
  submitLabel: 'Save and re-evaluate',
  savedMessage: 'Saved. Re-evaluation started.',
  planned: false,
  dateHint: "The day the package's e-mail went out; purchases are counted from then.",
} as const;

/**
 * What the package's settings panel says, true to what a save does (§5.2; the mock follows it):
 * a package still being built has no results to re-evaluate, it uses the settings when it is
 * done; any built package — an expired one too — is re-evaluated and its numbers replaced.
 */
export function packageSettingsCopy(status: Package['status']): SettingsCopy {
  if (isPackageBuilding(status)) {
    return {
      intro: 'Which purchases count for this package. There are no results yet; the first ones use the settings saved here.',
      submitLabel: 'Save settings',
      savedMessage: 'Saved. The results will use these settings when the package is built.',
      planned: true,
      dateHint: "The day the package's e-mail goes out (or went out), up to a year ahead; purchases are counted from then.",
    };
  }
  if (status === 'EXPIRED') {
    return { intro: 'This package has expired, but it can still be re-evaluated: saving replaces the numbers shown with ones for these settings.', ...REEVALUATE };
  }
  return { intro: 'Which purchases count for this package. Saving re-evaluates the numbers.', ...REEVALUATE };
}

/**
 * The saved note of a re-evaluating save, once the evaluation it started has settled: "started"
 * would no longer be true. Other notes (a package still building) are returned unchanged.
 */
export function settledSavedNote(note: string, state: ResultsState | null): string {
  if (note !== REEVALUATE.savedMessage || !state) return note;
  if (state.kind === 'failed') return 'Saved. The re-evaluation failed; see the results.';
  if (state.kind === 'results' && !state.stale) return 'Saved and re-evaluated: the results use these settings.';
  return note;
}
