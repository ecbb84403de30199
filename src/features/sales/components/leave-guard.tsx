import { createContext, useCallback, useContext, useEffect, useId, useState, type ReactNode } from 'react';
import { useBlocker } from 'react-router';
import { Modal } from '@/components/ui/modal';
import { isConfirmedLeave, useUnsavedWork } from '@/components/ui/unsaved-work';

const ReportBusy = createContext<(id: string, busy: boolean) => void>(() => undefined);

/**
 * While any upload below it runs, leaving asks first: in-app navigation through a dialog
 * (react-router's blocker), closing or reloading the tab through the browser's own prompt.
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
  const active = busy.size > 0;
  // a partner switch asks first itself (it knows through useUnsavedWork) and is let through
  const blocker = useBlocker(({ nextLocation }) => active && !isConfirmedLeave(nextLocation.state));
  useUnsavedWork(active ? 'The workbook upload still running is cancelled.' : null);

  useEffect(() => {
    if (!active) return;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [active]);

  return (
    <ReportBusy value={report}>
      {children}
      {blocker.state === 'blocked' && (
        <Modal title="Leave while an upload is running?" onClose={() => blocker.reset()}>
          <p>The workbook is still being uploaded. If you leave now, the upload is cancelled.</p>
          <div className="modal__actions">
            <button type="button" className="button button--primary" onClick={() => blocker.reset()}>Stay on this page</button>
            <button type="button" className="button" onClick={() => blocker.proceed()}>Leave and cancel the upload</button>
          </div>
        </Modal>
      )}
    </ReportBusy>
  );
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
