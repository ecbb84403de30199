import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { backhaulQueries } from '../api/queries';
import { updateBackhaulEvaluationDetails } from '../api/mutations';
import { outcomeUnknown } from '@/lib/write-outcome';
import type { BackhaulEvaluation, BackhaulSettings, BackhaulSettingsInput } from '../api/schemas';

/** The numbers on screen before a save, and the settings that produced them. */
export interface Snapshot {
  evaluation: BackhaulEvaluation;
  settings: BackhaulSettings | undefined;
  /** When the save was accepted: an evaluation read before then is still the old one. */
  savedAt: number;
}

/**
 * A package's evaluation, its settings and the save. Saving PUTs the settings, then refetches the
 * evaluation, which answers PENDING and polls (see `backhaulQueries.evaluation`) until DONE or
 * FAILED. Until then `previous` keeps the last settled numbers, shown marked stale.
 */
export function usePackageBackhaul(id: string) {
  const queryClient = useQueryClient();
  const evaluation = useQuery(backhaulQueries.evaluation(id));
  const details = useQuery(backhaulQueries.evaluationDetails(id));
  const [previous, setPrevious] = useState<Snapshot | null>(null);

  const save = useMutation({
    mutationFn: (input: BackhaulSettingsInput) => updateBackhaulEvaluationDetails(id, input),
    onMutate: () => ({
      evaluation: queryClient.getQueryData(backhaulQueries.evaluation(id).queryKey),
      settings: queryClient.getQueryData(backhaulQueries.evaluationDetails(id).queryKey),
    }),
    onSuccess: async (saved, _input, before) => {
      queryClient.setQueryData(backhaulQueries.evaluationDetails(id).queryKey, saved);
      // Saving again while re-evaluating keeps the last settled numbers as "previous".
      if (before?.evaluation && before.evaluation.status !== 'PENDING') {
        setPrevious({ evaluation: before.evaluation, settings: before.settings, savedAt: Date.now() });
      }
      await queryClient.invalidateQueries({ queryKey: backhaulQueries.evaluation(id).queryKey });
    },
    // The server may have stored the settings and started re-evaluating: show what it holds.
    onError: (error) => {
      if (!outcomeUnknown(error)) return;
      void queryClient.invalidateQueries({ queryKey: backhaulQueries.evaluationDetails(id).queryKey });
      void queryClient.invalidateQueries({ queryKey: backhaulQueries.evaluation(id).queryKey });
    },
  });

  return { evaluation, details, save, previous };
}
