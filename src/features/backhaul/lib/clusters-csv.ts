import { withCurrency } from '@/lib/format';
import { csvCell } from '@/lib/csv';
import type { ClustersExport } from './clusters-export';

/**
 * The clusters table as CSV, the rows and columns shown in the table's order, then on every row
 * the settings that produced them (model code, window, e-mail date), when they were computed (ISO)
 * and whether they are final (true/false; empty when unknown), so a file read later says what it
 * counted. Numbers are plain (dot decimals, no grouping, no currency sign) so spreadsheets read
 * them as numbers; the currency is named in the header. A byte-order mark lets Excel detect UTF-8.
 */
export function clustersCsv({ rows, currency, producedBy, evaluatedAt, final }: ClustersExport): string {
  const header = [
    'Cluster', 'Customers', 'Items', withCurrency('Revenue', currency), 'Share of revenue (%)',
    'Attribution model', 'Attribution window (days)', 'E-mail sent on', 'Evaluated at', 'Final',
  ];
  const context = [
    producedBy?.backhaul_evaluation_model ?? null,
    producedBy?.backhaul_evaluation_attribution_window ?? null,
    producedBy?.email_sent_date ?? null,
    evaluatedAt,
    final === null ? null : String(final.value),
  ];
  const lines = rows.map((r) => [
    r.name,
    r.customers,
    r.items,
    r.revenue.toFixed(2),
    r.revenueShare === null ? null : (r.revenueShare * 100).toFixed(1),
    ...context,
  ]);
  return `\uFEFF${[header, ...lines].map((line) => line.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** A file name from a title: "Summer open-air 2026" → "summer-open-air-2026". */
export function fileSlug(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'package';
}
