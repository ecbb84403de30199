import { createContext, useCallback, useContext, useEffect, useId, useState, type ReactNode } from 'react';
import { useUnsavedWork } from '@/components/ui/unsaved-work';

const ReportBusy = createContext<(id: string, busy: boolean) => void>(() => undefined);

/**
 * While any upload below it runs, it is unsaved work: leaving the page or switching partner asks
 * first, naming it (the app's UnsavedWorkGuard and the partner switch read useUnsavedWork).
 */
export function LeaveGuard({ children }: { children: ReactNode }) {
  const [busy, setBusy] = useState<ReadonlySet<string>>(() => new Set());
  const report = useCallback((id: string, isBusy: boolean) => {
    setBusy((prev) => {
      if (prev.has(id) === isBusy) return prev;
      const next = new Set(prev);
      if (isBusy) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);
  useUnsavedWork(busy.size > 0 ? 'The workbook upload still running is cancelled.' : null);
  return <ReportBusy value={report}>{children}</ReportBusy>;
}

/** Marks this component as busy (e.g. uploading) for the surrounding LeaveGuard. */
export function useReportBusy(busy: boolean) {
  const report = useContext(ReportBusy);
  const id = useId();
  useEffect(() => {
    report(id, busy);
    return () => report(id, false);
  }, [report, id, busy]);
}
