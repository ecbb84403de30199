import { useId, useRef, useState } from 'react';
import { ErrorPanel } from '@/components/ui/error-panel';
import { Skeleton } from '@/components/ui/skeleton';
import { dayInZone } from '@/lib/dates';
import type { Package } from '../api/schemas';
import { resultsState } from '../lib/results-state';
import { packageSettingsCopy, settledSavedNote } from '../lib/settings-copy';
import { asPackageSettingsInput, formValuesFrom } from '../lib/settings-form';
import { usePackageBackhaul } from '../lib/use-package-backhaul';
import { BackhaulKpis } from './backhaul-kpis';
import { PackageResults, type ResultsDisplayProps } from './package-results';
import { SETTINGS_ANCHOR } from './results-summary';
import { SettingsForm } from './settings-form';

/** A package's backhaul: results (KPIs, sentence, clusters, chart) beside the settings form. */
export function PackageBackhaul({ pkg, ...display }: ResultsDisplayProps & { pkg: Package }) {
  const { evaluation, details, save, previous } = usePackageBackhaul(pkg.id);
  const settingsHeading = useId();
  const settingsRef = useRef<HTMLElement>(null);
  const current = details.data;
  const complete = asPackageSettingsInput(current);
  const copy = packageSettingsCopy(pkg.status);
  // What the last form save did, as said when it was made (the package may finish building since).
  const [savedNote, setSavedNote] = useState<string | null>(null);
  // a failed re-check (while a re-evaluation runs) keeps the last results on screen
  const state = evaluation.data !== undefined
    ? resultsState(pkg.status, evaluation.data, current, previous, evaluation.dataUpdatedAt)
    : null;
  const created = pkg.created_at ? dayInZone(new Date(pkg.created_at), display.timeZone) : null;

  /** "Change settings": keyboard focus follows the scroll, to the first field (or the heading). */
  const focusSettings = () => {
    const section = settingsRef.current;
    (section?.querySelector<HTMLElement>('input:not([disabled])') ?? section?.querySelector<HTMLElement>('h2'))?.focus();
  };

  const placeholder = (
    <>
      <Skeleton height="3rem" label="Loading the evaluation" />
      <BackhaulKpis totals={null} currency={null} />
      <Skeleton height={320} label="Loading clusters" />
    </>
  );
  return (
    <div className="package-layout">
      <div className="package-layout__main">
        {evaluation.isPending ? (
          placeholder
        ) : !state ? (
          <ErrorPanel title="Could not load the backhaul results" error={evaluation.error} onRetry={() => void evaluation.refetch()} holds={placeholder} />
        ) : (
          <PackageResults
            state={state}
            title={pkg.title}
            {...display}
            pendingSettings={current}
            settingsUnreadable={details.isError && current === undefined}
            onEvaluateAgain={complete ? () => save.mutate(complete) : null}
            evaluatingAgain={save.isPending}
            onChangeSettings={focusSettings}
          />
        )}
      </div>
      <section ref={settingsRef} id={SETTINGS_ANCHOR} className="card package-layout__side" aria-labelledby={settingsHeading}>
        <h2 id={settingsHeading} tabIndex={-1}>Attribution settings</h2>
        {pkg.status === 'FAILED' ? (
          <p className="muted">Settings cannot change the result of a package that failed to build.</p>
        ) : details.isPending ? (
          <Skeleton height={420} label="Loading the settings" />
        ) : details.data === undefined ? (
          <ErrorPanel title="Could not load the settings" error={details.error} onRetry={() => void details.refetch()} />
        ) : (
          <>
            <p className="muted">{copy.intro}</p>
            <SettingsForm
              initial={formValuesFrom(details.data)}
              dateRequired
              packageCreated={created}
              planned={copy.planned}
              submitLabel={copy.submitLabel}
              saving={save.isPending}
              saveError={save.error}
              savedMessage={save.isSuccess && savedNote ? settledSavedNote(savedNote, state) : null}
              onSave={(value) => {
                const input = asPackageSettingsInput(value);
                if (!input) return;
                setSavedNote(copy.savedMessage);
                save.mutate(input);
              }}
              dateHint={copy.dateHint}
            />
          </>
        )}
      </section>
    </div>
  );
}
