import { withCurrency } from '@/lib/format';
import { dayCell, excelDateFormat, numberCell, sheetBlob, textCell, XLSX_FORMAT, type SheetColumn } from '@/lib/xlsx';
import type { BackhaulSettings } from '../api/schemas';
import type { ClusterTableRow } from './cluster-table';
import { modelLabel } from './models';

interface ClustersSheetContext {
  producedBy: BackhaulSettings | null;
  dateFormat: string;
}

/**
 * The clusters table as an Excel sheet: its rows and columns in the table's order, typed (counts,
 * money and shares Excel shows in the reader's format), then on every row the settings that
 * produced them, in words, so a file read later says what it counted. The currency is named in
 * the revenue header, as in the CSV.
 */
const columns = (currency: string | null): SheetColumn<ClusterTableRow, ClustersSheetContext>[] => [
  { header: 'Cluster', width: 30, cell: (r) => textCell(r.name) },
  { header: 'Customers', width: 11, cell: (r) => numberCell(r.customers, XLSX_FORMAT.integer) },
  { header: 'Items', width: 9, cell: (r) => numberCell(r.items, XLSX_FORMAT.integer) },
  { header: withCurrency('Revenue', currency), width: 14, cell: (r) => numberCell(r.revenue, XLSX_FORMAT.money) },
  { header: 'Share of revenue', width: 10, cell: (r) => numberCell(r.revenueShare, '0.0%') },
  { header: 'Attribution model', width: 22, cell: (_, { producedBy: p }) => textCell(p?.backhaul_evaluation_model ? modelLabel(p.backhaul_evaluation_model) : null) },
  { header: 'Attribution window (days)', width: 12, cell: (_, { producedBy: p }) => numberCell(p?.backhaul_evaluation_attribution_window, XLSX_FORMAT.integer) },
  { header: 'E-mail sent on', width: 12, cell: (_, { producedBy: p, dateFormat }) => dayCell(p?.email_sent_date, dateFormat) },
];

/** The workbook; `locale`, the reader's, orders the e-mail date. Loaded on first use. */
export function clustersSheet(rows: readonly ClusterTableRow[], currency: string | null, producedBy: BackhaulSettings | null, locale: string): Promise<Blob> {
  return sheetBlob('Audience clusters', columns(currency), rows, { producedBy, dateFormat: excelDateFormat(locale) });
}
