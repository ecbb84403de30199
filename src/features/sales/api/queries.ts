/**
 * Sales has no cached reads (the export is a download). Its writes change everything shown about
 * the event (revenue, KPIs, graphs): invalidate this prefix after them.
 */
export const salesQueries = {
  eventScope: (eid: string) => ['event', eid] as const,
};
