import { queryOptions } from '@tanstack/react-query';
import {
  fetchBackhaulEvaluation,
  fetchBackhaulEvaluationDetails,
  fetchPackage,
  fetchPackages,
  fetchPartnerBackhaulDefaults,
} from './fetchers';
import { isPackageBuilding } from './schemas';

/**
 * While a (re-)evaluation runs, poll it: 2 s feels live after a save and is 30 reads/min, well
 * under the ~600/min read limit. Polling stops when it settles or nobody looks (no observer).
 */
export const EVALUATION_POLL_MS = 2_000;
/**
 * The packages list checks a re-evaluating package's results less often: the list is glanced at,
 * and a list of re-evaluations at 2 s each would add up. Only the rows still PENDING read again.
 */
export const LIST_EVALUATION_POLL_MS = 10_000;
/** Packages take minutes to build: refresh the list / a package every 5 s while one is building. */
export const PACKAGES_POLL_MS = 5_000;

/** Keys: ['packages', 'list'], ['packages', 'detail', id, …]; ['partner-defaults', partnerId]. */
export const backhaulQueries = {
  all: () => ['packages'] as const,
  list: () =>
    queryOptions({
      queryKey: ['packages', 'list'] as const,
      queryFn: ({ signal }) => fetchPackages({ signal }),
      refetchInterval: (query) => (query.state.data?.some((p) => isPackageBuilding(p.status)) ? PACKAGES_POLL_MS : false),
    }),
  /** Prefix of everything about one package. */
  packageScope: (id: string) => ['packages', 'detail', id] as const,
  detail: (id: string) =>
    queryOptions({
      queryKey: ['packages', 'detail', id] as const,
      queryFn: ({ signal }) => fetchPackage(id, { signal }),
      refetchInterval: (query) => (isPackageBuilding(query.state.data?.status) ? PACKAGES_POLL_MS : false),
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
