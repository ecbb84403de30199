import { lazy, Suspense, useState, type ReactNode } from 'react';
import { unsavedWork } from './unsaved-work';

// the header's actions are on every page's first paint; the dialog only when work would be lost
const ConfirmDialog = lazy(() => import('./confirm-dialog').then((m) => ({ default: m.ConfirmDialog })));

export interface LoseWorkQuestion {
  title: string;
  confirmLabel: string;
  /** What the action does, before the list of what it loses. */
  intro: ReactNode;
}

/**
 * For actions that replace the whole page at once (switch partner, sign out): `run(action, …)`
 * does it at once when nothing is registered with useUnsavedWork, otherwise asks first, naming
 * each piece of work it would lose; "Stay" keeps everything. Render `dialog` once.
 */
export function useAskBeforeLosingWork() {
  const [asking, setAsking] = useState<{ action: () => void; question: LoseWorkQuestion; reasons: readonly string[] } | null>(null);

  const run = (action: () => void, question: LoseWorkQuestion) => {
    const reasons = unsavedWork.reasons();
    if (reasons.length === 0) action();
    else setAsking({ action, question, reasons });
  };

  const dialog = asking && (
    <Suspense fallback={null}>
      <ConfirmDialog
        open
        title={asking.question.title}
        confirmLabel={asking.question.confirmLabel}
        cancelLabel="Stay"
        onConfirm={() => { setAsking(null); asking.action(); }}
        onCancel={() => setAsking(null)}
      >
        <p>{asking.question.intro}</p>
        <ul>{asking.reasons.map((r) => <li key={r}>{r}</li>)}</ul>
      </ConfirmDialog>
    </Suspense>
  );

  return { run, dialog };
}
