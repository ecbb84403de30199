import { csvBlob } from '@/lib/download';
import type { Event } from '@/lib/schemas/event';
import { excelDateTimeFormat, sheetBlob } from '@/lib/xlsx';
import { eventsToCsv, type CsvContext } from './events-csv';
import { SHEET_COLUMNS } from './events-sheet';

/** Excel (.xlsx: the screen's words, typed cells) or CSV (raw API values, for tools). */
export type ExportFormat = 'xlsx' | 'csv';

/**
 * The exported events as a file of the chosen format; `locale`, the reader's, orders the Excel
 * dates. Loaded on first use: no page's first paint carries it.
 */
export async function eventsFile(format: ExportFormat, events: readonly Event[], ctx: CsvContext & { locale: string }): Promise<Blob> {
  if (format === 'csv') return csvBlob(eventsToCsv(events, ctx));
  return sheetBlob('Events', SHEET_COLUMNS, events, { ...ctx, dateFormat: excelDateTimeFormat(ctx.locale) });
}
