import { queryOptions } from '@tanstack/react-query';
import {
  fetchBackhaulEvaluation,
  fetchBackhaulEvaluationDetails,
  fetchPackage,
  fetchPackages,
  fetchPartnerBackhaulDefaults,
} from './fetchers';

/** While a (re-)evaluation runs, poll it; 5 s keeps well under the read rate limit. */
export const EVALUATION_POLL_MS = 5_000;

/** Keys: ['packages', 'list'], ['packages', 'detail', id, …]; ['partner-defaults', partnerId]. */
export const backhaulQueries = {
  all: () => ['packages'] as const,
  list: () =>
    queryOptions({
      queryKey: ['packages', 'list'] as const,
      queryFn: ({ signal }) => fetchPackages({ signal }),
    }),
  /** Prefix of everything about one package. */
  packageScope: (id: string) => ['packages', 'detail', id] as const,
  detail: (id: string) =>
    queryOptions({
      queryKey: ['packages', 'detail', id] as const,
      queryFn: ({ signal }) => fetchPackage(id, { signal }),
    }),
  evaluationDetails: (id: string) =>
    queryOptions({
      queryKey: ['packages', 'detail', id, 'evaluation-details'] as const,
      queryFn: ({ signal }) => fetchBackhaulEvaluationDetails(id, { signal }),
    }),
  evaluation: (id: string) =>
    queryOptions({
      queryKey: ['packages', 'detail', id, 'evaluation'] as const,
      queryFn: ({ signal }) => fetchBackhaulEvaluation(id, { signal }),
      refetchInterval: (query) => (query.state.data?.status === 'PENDING' ? EVALUATION_POLL_MS : false),
    }),
  partnerDefaults: (partnerId: string) =>
    queryOptions({
      queryKey: ['partner-defaults', partnerId] as const,
      queryFn: ({ signal }) => fetchPartnerBackhaulDefaults(partnerId, { signal }),
    }),
};
