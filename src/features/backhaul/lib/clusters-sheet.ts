import { formatDay, withCurrency } from '@/lib/format';
import { dayCell, excelDateFormat, excelDateTimeFormat, numberCell, sheetBlob, textCell, wallClockCell, XLSX_FORMAT, type SheetColumn } from '@/lib/xlsx';
import type { ClusterTableRow } from './cluster-table';
import type { ClustersExport } from './clusters-export';
import { modelLabel } from './models';

type Context = ClustersExport & { locale: string };

/** Why the numbers are not final, in the screen's words; null when they are (or it is unknown). */
function notFinalBecause({ final }: ClustersExport): string | null {
  const note = final?.note;
  if (!note) return null;
  if (note.kind === 'open') return `The attribution window is open until ${formatDay(note.lastDay)}; the numbers can still grow.`;
  return `Evaluated on ${formatDay(note.evaluatedDay)}, before the window closed on ${formatDay(note.lastDay)}.`;
}

/**
 * The clusters table as an Excel sheet: its rows and columns in the table's order, typed (counts,
 * money and shares Excel shows in the reader's format), a bold total row (the page's tiles), then
 * on every row the settings that produced them, in words, when they were computed and whether they
 * are final, so a file read later says what it counted. The currency is named in the revenue
 * header, as in the CSV.
 */
const columns = (currency: string | null): SheetColumn<ClusterTableRow, Context>[] => [
  { header: 'Cluster', width: 30, cell: (r) => textCell(r.name) },
  { header: 'Customers', width: 11, cell: (r) => numberCell(r.customers, XLSX_FORMAT.integer) },
  { header: 'Items', width: 9, cell: (r) => numberCell(r.items, XLSX_FORMAT.integer) },
  { header: withCurrency('Revenue', currency), width: 14, cell: (r) => numberCell(r.revenue, XLSX_FORMAT.money) },
  { header: 'Share of revenue', width: 10, cell: (r) => numberCell(r.revenueShare, '0.0%') },
  { header: 'Attribution model', width: 22, cell: (_, { producedBy: p }) => textCell(p?.backhaul_evaluation_model ? modelLabel(p.backhaul_evaluation_model) : null) },
  { header: 'Attribution window (days)', width: 12, cell: (_, { producedBy: p }) => numberCell(p?.backhaul_evaluation_attribution_window, XLSX_FORMAT.integer) },
  { header: 'E-mail sent on', width: 12, cell: (_, { producedBy: p, locale }) => dayCell(p?.email_sent_date, excelDateFormat(locale)) },
  { header: 'Evaluated at', width: 16, cell: (_, { evaluatedAt, timeZone, locale }) => (evaluatedAt ? wallClockCell(evaluatedAt, timeZone, excelDateTimeFormat(locale)) : null) },
  // Yes/No alone, to filter on; the reason beside it
  { header: 'Final', width: 8, cell: (_, { final }) => textCell(final === null ? null : final.value ? 'Yes' : 'No') },
  { header: 'Why not final', width: 48, cell: (_, ctx) => textCell(notFinalBecause(ctx)) },
];

/** The total row: the sums of the clusters, as the page's tiles. */
function totalRow(rows: readonly ClusterTableRow[]): ClusterTableRow {
  const sum = (key: 'customers' | 'items' | 'revenue') => rows.reduce((n, r) => n + r[key], 0);
  const revenue = sum('revenue');
  return { tc: '', name: 'All clusters', customers: sum('customers'), items: sum('items'), revenue, revenueShare: revenue > 0 ? 1 : null };
}

/** The workbook; `locale`, the reader's, orders the dates. Loaded on first use. */
export function clustersSheet(data: ClustersExport, locale: string): Promise<Blob> {
  return sheetBlob('Audience clusters', columns(data.currency), data.rows, { ...data, locale }, { total: totalRow(data.rows) });
}
