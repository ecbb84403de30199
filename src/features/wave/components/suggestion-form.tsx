import { useId, useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { ErrorPanel } from '@/components/ui/error-panel';
import { Skeleton } from '@/components/ui/skeleton';
import { staleClass } from '@/components/ui/stale';
import { useDebouncedValue } from '@/components/ui/use-debounced-value';
import { formatMoney, withCurrency } from '@/lib/format';
import { waveQueries } from '../api/queries';
import { CAMPAIGN_GOALS } from '../api/schemas';
import { suggestionRows, type ClusterInfo } from '../lib/clusters';
import { DEFAULT_GOAL, GOAL_LABELS, parseSuggestionDraft, type SuggestionDraft, type SuggestionParams } from '../lib/suggestion-form';
import { SuggestionsTable } from './suggestions-table';

export const SUGGESTION_DEBOUNCE_MS = 350;
const RESULTS_HEIGHT = 144;

/** Budget + goal → suggested_tcs (debounced, keyed by both), joined with the clusters. */
export function SuggestionForm({ eid, currency, initial, clusters }: {
  eid: string;
  currency: string | null;
  initial: SuggestionDraft;
  clusters: readonly ClusterInfo[] | undefined;
}) {
  const [draft, setDraft] = useState(initial);
  // an empty budget nobody has typed in (no suggested budget came) asks for one, it is no error
  const [budgetEdited, setBudgetEdited] = useState(false);
  const settled = useDebouncedValue(draft, SUGGESTION_DEBOUNCE_MS);
  const parsed = parseSuggestionDraft(settled);
  const params: SuggestionParams = parsed.ok ? parsed.params : { budget: 0, goal: DEFAULT_GOAL };
  const suggestions = useQuery({ ...waveQueries.suggestedTcs(eid, params), enabled: parsed.ok, placeholderData: keepPreviousData });
  const awaitingBudget = !budgetEdited && settled.budget.trim() === '';
  const errors = parsed.ok ? {} : awaitingBudget ? { ...parsed.errors, budget: undefined } : parsed.errors;
  const budgetId = useId();
  const goalId = useId();

  const rows = suggestions.data ? suggestionRows(suggestions.data, clusters) : [];
  const placeholder = <Skeleton height={RESULTS_HEIGHT} label="Loading suggestions" />;
  const caption = parsed.ok ? `Suggested audiences for ${formatMoney(params.budget, currency)}, goal: ${GOAL_LABELS[params.goal]}` : '';

  return (
    <>
      <form className="wave-suggest-form" onSubmit={(e) => e.preventDefault()} noValidate>
        <div className="field">
          <label htmlFor={budgetId}><span>{withCurrency('Budget', currency)}</span></label>
          <input
            id={budgetId}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            value={draft.budget}
            aria-invalid={errors.budget ? true : undefined}
            aria-describedby={errors.budget ? `${budgetId}-error` : undefined}
            onChange={(e) => { setBudgetEdited(true); setDraft((d) => ({ ...d, budget: e.target.value })); }}
          />
          {errors.budget && <p className="field-error" id={`${budgetId}-error`}>{errors.budget}</p>}
        </div>
        <div className="field">
          <label htmlFor={goalId}><span>Goal</span></label>
          <select
            id={goalId}
            value={draft.goal}
            aria-invalid={errors.goal ? true : undefined}
            aria-describedby={errors.goal ? `${goalId}-error` : undefined}
            onChange={(e) => setDraft((d) => ({ ...d, goal: e.target.value }))}
          >
            {CAMPAIGN_GOALS.map((goal) => <option key={goal} value={goal}>{GOAL_LABELS[goal]}</option>)}
          </select>
          {errors.goal && <p className="field-error" id={`${goalId}-error`}>{errors.goal}</p>}
        </div>
      </form>
      <div className="wave-suggest-results" aria-busy={suggestions.isFetching}>
        {!parsed.ok ? (
          <p className="muted wave-suggest-hint">
            {awaitingBudget && !errors.goal ? 'Enter a budget to see suggested audiences.' : 'Fix the highlighted field to see suggestions.'}
          </p>
        ) : suggestions.isPending ? (
          placeholder
        ) : suggestions.data === undefined ? (
          <ErrorPanel error={suggestions.error} title="Could not load suggestions" onRetry={() => void suggestions.refetch()} holds={placeholder} />
        ) : rows.length === 0 ? (
          <p className="muted wave-suggest-hint">No audience suggestions for this budget and goal. Try a larger budget or another goal.</p>
        ) : (
          <div className={staleClass(suggestions.isPlaceholderData)}>
            {/* while the new answer loads, the old rows must not be labelled with the new budget/goal */}
            <SuggestionsTable rows={rows} caption={suggestions.isPlaceholderData ? 'Previous suggestions (updating)' : caption} />
          </div>
        )}
      </div>
    </>
  );
}
