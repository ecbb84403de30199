/**
 * Messages about status changes (hidden + Undo, failures, "not synced" + Retry), shown by the
 * notice region in the app shell. Kept outside React so a message outlives the row it is about
 * (a hidden row leaves the list, its Undo must not).
 */
export interface StatusNotice {
  id: number;
  tone: 'success' | 'error' | 'warning';
  message: string;
  action?: { label: string; run: () => void };
  /** Key of the event it is about: a newer notice about the same event replaces it. */
  about: string;
  /** Whether its action takes keyboard focus when focus was lost (default true). */
  takesFocus?: boolean;
}

const MAX_NOTICES = 3;

export function createNoticeStore() {
  let notices: readonly StatusNotice[] = [];
  let nextId = 1;
  const listeners = new Set<() => void>();
  const set = (next: readonly StatusNotice[]) => { notices = next; listeners.forEach((l) => l()); };

  return {
    all: () => notices,
    push(notice: Omit<StatusNotice, 'id'>): number {
      const id = nextId++;
      set([{ ...notice, id }, ...notices.filter((n) => n.about !== notice.about)].slice(0, MAX_NOTICES));
      return id;
    },
    dismiss(id: number) {
      if (notices.some((n) => n.id === id)) set(notices.filter((n) => n.id !== id));
    },
    dismissAbout(about: string) {
      if (notices.some((n) => n.about === about)) set(notices.filter((n) => n.about !== about));
    },
    clear: () => set([]),
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => { listeners.delete(listener); };
    },
  };
}

export type NoticeStore = ReturnType<typeof createNoticeStore>;
