import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupMockApi } from '@/testing/msw';
import { renderApp, signInEachTest } from '@/testing/render-app';
import { workbookFile } from '@/testing/workbook-upload';
import { getSalesRows } from '../../../mocks/db/daily-sales';

// the upload goes through fetch here (see multipartFetch)
vi.mock('@/lib/xhr-fetch', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/xhr-fetch')>()),
  xhrFetch: (await import('@/testing/workbook-upload')).multipartFetch,
}));

setupMockApi();
const ACME = 'partner-id-acme';
const EID = 'evt_1myr47h';
const HEADER = ['date', 'ticket_type', 'tickets', 'revenue'];
signInEachTest({ partnerId: ACME, now: new Date('2026-11-20T09:02:00Z') });

/** Uploads the workbook to add sales; answers the problems listed, one "row | column | what to fix" each. */
async function uploadAndReadProblems(file: File) {
  const user = userEvent.setup();
  renderApp(`/events/${EID}/sales`);
  await screen.findByRole('group', { name: 'Ticket line 1' }, { timeout: 5000 });
  const card = screen.getByRole('region', { name: 'Upload a workbook' });
  await user.upload(within(card).getByLabelText('Workbook with new sales'), file);
  await user.click(within(card).getByRole('button', { name: 'Upload and add sales' }));
  const table = await within(card).findByRole('table', { name: `Problems found in ${file.name}` }, { timeout: 8000 });
  const problems = within(table).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell').map((c) => c.textContent).join(' | '));
  return { card, problems };
}

describe('a refused sales workbook says what each cell holds and what to write instead', { timeout: 20_000 }, () => {
  it('text numbers with German thousands separators are refused, quoted, never imported as 2 tickets and 1.50 €', async () => {
    const before = getSalesRows(ACME, EID);
    // as QA's 15-german-thousands.xlsx (days moved before the mock's today): text cells, typed the German way
    const file = await workbookFile({ Sales: [HEADER, ['2026-11-18', 'regular', '2.000', '1.500'], ['2026-11-19', 'vip', '1', '180.000']] }, 'thousands.xlsx');
    const { card, problems } = await uploadAndReadProblems(file);
    expect(within(card).getByRole('alert')).toHaveTextContent(/^thousands\.xlsx was not accepted\. Fix these 2 rows and upload the file again\./);
    expect(problems).toEqual([
      '2 | tickets | “2.000” could mean 2000 or 2, so it was not read. Enter it as a number cell, or write it without the thousands separator: 2000.',
      '2 | revenue | “1.500” could mean 1500.00 or 1.50, so it was not read. Enter it as a number cell, or write it without a thousands separator, with a dot before the cents: 1500.00 or 1.50.',
      '3 | revenue | “180.000” could mean 180000.00 or 180.00, so it was not read. Enter it as a number cell, or write it without a thousands separator, with a dot before the cents: 180000.00 or 180.00.',
    ]);
    expect(within(card).queryByText(/^Imported/)).not.toBeInTheDocument();
    expect(getSalesRows(ACME, EID)).toEqual(before);
  });

  it('a day-first date, a grouped count and decimal-comma amounts are quoted with the form the upload reads', async () => {
    // as QA's 03-german-formats.xlsx, first two rows (days moved before the mock's today)
    const file = await workbookFile({ Sales: [HEADER, ['17.11.2026', 'regular', '1.234', '1.234,50'], ['2026-11-18', 'regular', 10, '480,00']] });
    const { problems } = await uploadAndReadProblems(file);
    expect(problems).toEqual([
      '2 | date | “17.11.2026” is not written as YYYY-MM-DD. Write it as 2026-11-17, or make the cell a date cell.',
      '2 | tickets | “1.234” could mean 1234 or 1.234, so it was not read. Enter it as a number cell, or write it without the thousands separator: 1234.',
      '2 | revenue | “1.234,50” is written with a thousands separator, which the upload does not read. Enter it as a number cell, or write it without a thousands separator, with a dot before the cents: 1234.50.',
      '3 | revenue | “480,00” has a decimal comma, which the upload does not read. Enter it as a number cell, or write it with a dot: 480.00.',
    ]);
  });

  it.each([
    // as QA's 05-title-row.xlsx, 13-cover-sheet.xlsx and 02-german-headers.xlsx
    ['a title line above the header', { Sales: [['Ticketverkäufe Export 07.12.2026'], HEADER, ['2026-11-30', 'regular', 10, 480]] }, 'Ticketverkäufe Export 07.12.2026'],
    ['a cover sheet first', { Info: [['Export aus Ticketsystem']], Sales: [HEADER, ['2026-11-30', 'regular', 3, 144]] }, 'Export aus Ticketsystem'],
    ['German headers', { Sales: [['Datum', 'Ticketart', 'Anzahl', 'Umsatz'], ['2026-11-30', 'regular', 10, 480]] }, 'Datum | Ticketart | Anzahl | Umsatz'],
  ])('%s: one problem naming the header and what row 1 of the first sheet reads', async (_, sheets, reads) => {
    const { card, problems } = await uploadAndReadProblems(await workbookFile(sheets));
    expect(problems).toEqual([
      `1 | — | The first row of the first sheet must read: date, ticket_type, tickets, revenue. It has none of these columns; it reads: “${reads}”.`,
    ]);
    expect(within(card).getByRole('alert')).toHaveTextContent(/^sales\.xlsx was not accepted\. Fix the header row and upload the file again\./);
  });
});
