import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { recordRequests, setupMockApi } from '@/testing/msw';
import { workbookFile, XLSX_MIME as XLSX } from '@/testing/workbook-upload';
import { formatDayRange } from '@/lib/format';
import { renderApp, signInEachTest } from '@/testing/render-app';
import { session } from '@/lib/api';
import { forgetAddedWorkbooks } from '@/features/sales/lib/added-workbooks';
import { getSalesRows } from '../../../mocks/db/daily-sales';
import { addFault, clearFaults } from '../../../mocks/scenarios/faults';

// the upload goes through fetch here (see multipartFetch)
vi.mock('@/lib/xhr-fetch', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/xhr-fetch')>()),
  xhrFetch: (await import('@/testing/workbook-upload')).multipartFetch,
}));

const server = setupMockApi();
const ACME = 'partner-id-acme';
const EID = 'evt_1myr47h';
const makeFile = (parts: BlobPart[], name: string, type: string) => new File(parts, name, { type });

const { sent } = recordRequests(server);
signInEachTest({ partnerId: ACME, now: new Date('2026-11-20T09:02:00Z') });
beforeEach(forgetAddedWorkbooks); // the workbooks added are remembered for the session: each test starts a new one

const region = (name: string) => screen.getByRole('region', { name });

const workbook = (rows: unknown[][], name = 'sales.xlsx') => workbookFile({ Sales: [['date', 'ticket_type', 'tickets', 'revenue'], ...rows] }, name);

async function openPage() {
  renderApp(`/events/${EID}/sales`);
  await screen.findByRole('heading', { level: 1, name: /^Sales data: / }, { timeout: 5000 });
  await screen.findByRole('group', { name: 'Ticket line 1' });
}

/** The sales page with an upload whose answer never comes (still running). */
async function startUploadThatHangs() {
  addFault({ method: 'POST', path: '/api/v3/ingest/transaction_summary/from_excel', kind: 'hang' });
  const user = userEvent.setup();
  const { router } = renderApp(`/events/${EID}/sales`);
  await screen.findByRole('group', { name: 'Ticket line 1' }, { timeout: 5000 });
  const card = region('Upload a workbook');
  await user.upload(within(card).getByLabelText('Workbook with new sales'), await workbook([['2026-11-01', 'regular', 1, 10]]));
  await user.click(within(card).getByRole('button', { name: 'Upload and add sales' }));
  return { user, router, card };
}

describe('sales workbook uploads', { timeout: 20_000 }, () => {
  it('refuses a .csv and an oversize file before anything is uploaded', async () => {
    const user = userEvent.setup({ applyAccept: false });
    await openPage();
    const card = region('Upload a workbook');
    await user.upload(within(card).getByLabelText('Workbook with new sales'), makeFile(['date,ticket_type\n'], 'sales.csv', 'text/csv'));
    expect(await within(card).findByRole('alert')).toHaveTextContent('"sales.csv" is a CSV file. Open it in Excel and save it as an Excel workbook (.xlsx)');
    const big = makeFile([new Uint8Array(10 * 1024 * 1024 + 1)], 'big.xlsx', XLSX);
    fireEvent.drop(within(card).getByText('Workbook with new sales'), { dataTransfer: { files: [big] } });
    await waitFor(() => expect(within(card).getByRole('alert')).toHaveTextContent('"big.xlsx" is 10.1 MB; files up to 10 MB can be uploaded.'));
    expect(within(card).queryByRole('button', { name: 'Upload and add sales' })).not.toBeInTheDocument();
    expect(sent('POST', /from_excel|sales_edit_export/)).toHaveLength(0);
  });

  it('refuses a file named .xlsx that is not a workbook inside, before anything is uploaded', async () => {
    const user = userEvent.setup();
    await openPage();
    const card = region('Upload a workbook');
    await user.upload(within(card).getByLabelText('Workbook with new sales'), makeFile(['date,ticket_type,tickets,revenue\n'], 'sales.xlsx', XLSX));
    expect(await within(card).findByRole('alert')).toHaveTextContent('"sales.xlsx" is named .xlsx but is not an Excel workbook inside');
    expect(within(card).queryByRole('button', { name: 'Upload and add sales' })).not.toBeInTheDocument();
    // a real workbook chosen next replaces the refusal
    await user.upload(within(card).getByLabelText('Workbook with new sales'), await workbook([['2026-11-01', 'regular', 1, 10]]));
    expect(await within(card).findByRole('button', { name: 'Upload and add sales' })).toBeInTheDocument();
    expect(within(card).queryByRole('alert')).not.toBeInTheDocument();
    expect(sent('POST', /from_excel|sales_edit_export/)).toHaveLength(0);
  });

  it('downloading the sales workbook keeps the keyboard (Cancel while it runs, the button after) and tells it in one status region', async () => {
    const downloads: string[] = [];
    Object.assign(URL, { createObjectURL: () => 'blob:sales', revokeObjectURL: () => undefined });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) { downloads.push(this.download); });
    const user = userEvent.setup();
    await openPage();
    const card = region('Bulk edit');
    const status = within(card).getByRole('status');
    expect(status).toHaveTextContent(/^$/);

    addFault({ method: 'GET', path: '/api/v3/daily_revenue_summary/sales_edit_export', kind: 'hang' });
    within(card).getByRole('button', { name: 'Download the sales workbook' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(within(card).getByRole('button', { name: 'Cancel download' })).toHaveFocus());
    expect(status).toHaveTextContent('Preparing the workbook…');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(within(card).getByRole('button', { name: 'Download the sales workbook' })).toHaveFocus());
    expect(status).toHaveTextContent(/^$/);

    clearFaults();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(status).toHaveTextContent('Downloaded.'));
    expect(within(card).getByRole('status')).toBe(status);
    await waitFor(() => expect(within(card).getByRole('button', { name: 'Download the sales workbook' })).toHaveFocus());
    expect(downloads).toEqual([`sales-${EID}.xlsx`]);
    click.mockRestore();
  });

  it('removing the chosen file puts the keyboard back on the file field', async () => {
    const user = userEvent.setup();
    await openPage();
    const card = region('Upload a workbook');
    await user.upload(within(card).getByLabelText('Workbook with new sales'), await workbook([['2026-11-01', 'regular', 1, 10]]));
    await user.click(within(card).getByRole('button', { name: 'Remove' }));
    expect(within(card).queryByRole('button', { name: 'Upload and add sales' })).not.toBeInTheDocument();
    await waitFor(() => expect(within(card).getByLabelText('Workbook with new sales')).toHaveFocus());
  });

  it('lists a bad row with its number and what to fix; nothing changes', async () => {
    const user = userEvent.setup();
    await openPage();
    const before = getSalesRows(ACME, EID);
    const card = region('Upload a workbook');
    await user.upload(within(card).getByLabelText('Workbook with new sales'), await workbook([['2026-11-01', 'regular', 3, 120], ['2026-11-02', 'regular', 2.5, 100]]));
    await user.click(within(card).getByRole('button', { name: 'Upload and add sales' }));
    const problems = await within(card).findByRole('table', { name: 'Problems found in sales.xlsx' }, { timeout: 8000 });
    expect(within(card).getByText(/sales\.xlsx was not accepted\. Fix this row and upload the file again\./)).toBeInTheDocument();
    const [, row] = within(problems).getAllByRole('row');
    expect(row).toHaveTextContent(/^3ticketsTickets must be a whole number \(no decimals\)\.$/);
    expect(within(card).queryByText(/^Imported/)).not.toBeInTheDocument();
    expect(getSalesRows(ACME, EID)).toEqual(before);
  });

  it('imports a good workbook and says how many rows the server imported, and the tickets, revenue and days they added', async () => {
    const user = userEvent.setup();
    await openPage();
    const card = region('Upload a workbook');
    // the ticket_type values are named (a category's name there would make a new type)
    expect(await within(card).findByText(/write one of this event's types/)).toHaveTextContent(/regular \(.+\).*spelled as shown\. Any other value adds a new ticket type\./);
    await user.upload(within(card).getByLabelText('Workbook with new sales'), await workbook([['2026-11-01', 'Student', 3, 45], ['2026-11-02', 'Student', 2, 30]]));
    expect(within(card).getByText('sales.xlsx')).toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: 'Upload and add sales' }));
    // the outcome takes the focus the upload button had (it went away while uploading)
    // what they added is the change in the recorded sales, read before and after (the answer holds only the count)
    const done = await within(card).findByText(/^Imported 2 rows/, {}, { timeout: 8000 });
    expect(done).toHaveFocus();
    expect(done.textContent).toBe(`Imported 2 rows: 5 tickets and €75.00 (${formatDayRange('2026-11-01', '2026-11-02')}).`);
    expect(getSalesRows(ACME, EID).filter((r) => r.ticket_type === 'Student')).toHaveLength(2);
    await waitFor(() => expect(within(region('Recorded sales')).getByRole('rowheader', { name: 'Student' })).toBeInTheDocument());
  });

  it('a server failure after sending says the file may have been applied, and what to check before trying again', async () => {
    addFault({ method: 'POST', path: '/api/v3/ingest/transaction_summary/from_excel', status: 500, times: 1 });
    const user = userEvent.setup();
    await openPage();
    const card = region('Upload a workbook');
    await user.upload(within(card).getByLabelText('Workbook with new sales'), await workbook([['2026-11-01', 'Student', 3, 45]]));
    await user.click(within(card).getByRole('button', { name: 'Upload and add sales' }));
    expect(await within(card).findByRole('alert', {}, { timeout: 8000 }))
      .toHaveTextContent('sales.xlsx: The server had a problem while saving. It may still have been applied: check the totals above before trying again.');
    expect(within(card).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('the same workbook chosen again to add asks first, saying when it was added; Cancel sends nothing, and a new file is not asked about', async () => {
    const user = userEvent.setup();
    await openPage();
    const card = region('Upload a workbook');
    const input = () => within(card).getByLabelText('Workbook with new sales');
    const file = await workbook([['2026-11-01', 'Student', 3, 45]], 'november.xlsx');
    await user.upload(input(), file);
    await user.click(within(card).getByRole('button', { name: 'Upload and add sales' }));
    expect(await within(card).findByText(/^Imported 1 row: /, {}, { timeout: 8000 })).toBeInTheDocument();

    await user.upload(input(), new File([file], 'november (1).xlsx', { type: XLSX })); // the same bytes, renamed
    await user.click(await within(card).findByRole('button', { name: 'Upload and add sales' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add this workbook again?' });
    // 09:02 UTC is 10:02 in the partner's zone (Berlin), in the browser's clock style
    expect(dialog).toHaveTextContent(/^Add this workbook again\?×This file \(november \(1\)\.xlsx\) was added to this event at 10:02( AM)?\. Add its rows again\? They are added on top, so its sales would be counted twice\.Cancel/);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(sent('POST', /from_excel$/)).toHaveLength(1);
    expect(getSalesRows(ACME, EID).filter((r) => r.ticket_type === 'Student')).toHaveLength(1);
    expect(within(card).getByText('november (1).xlsx')).toBeInTheDocument();
    // confirmed, it is sent
    await user.click(within(card).getByRole('button', { name: 'Upload and add sales' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Add this workbook again?' })).getByRole('button', { name: 'Add its rows again' }));
    expect(await within(card).findByText(/^Imported 1 row: /, {}, { timeout: 8000 })).toBeInTheDocument();
    expect(sent('POST', /from_excel$/)).toHaveLength(2);
    // another file goes at once
    await user.upload(input(), await workbook([['2026-11-02', 'Student', 1, 15]], 'november.xlsx'));
    await user.click(await within(card).findByRole('button', { name: 'Upload and add sales' }));
    // (its outcome awaited: an answer landing in the next test would change that test's sales)
    expect(await within(card).findByText(/^Imported 1 row: /, {}, { timeout: 8000 })).toBeInTheDocument();
    expect(sent('POST', /from_excel$/)).toHaveLength(3);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('bulk edit asks first; the uploaded workbook then replaces every recorded sale', async () => {
    const user = userEvent.setup();
    await openPage();
    const card = region('Bulk edit');
    const before = getSalesRows(ACME, EID);
    await user.upload(within(card).getByLabelText('Edited sales workbook'), await workbook([['2026-10-01', 'regular', 7, 350]], 'edited.xlsx'));
    await user.click(within(card).getByRole('button', { name: 'Upload and replace sales' }));
    // the replace deletes what the file lacks: asked first, Cancel sends nothing
    let dialog = screen.getByRole('dialog', { name: 'Replace all sales of this event?' });
    expect(dialog).toHaveTextContent('edited.xlsx replaces every recorded sale of this event');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(sent('POST', /sales_edit_export$/)).toHaveLength(0);
    expect(getSalesRows(ACME, EID)).toEqual(before);

    await user.click(within(card).getByRole('button', { name: 'Upload and replace sales' }));
    dialog = screen.getByRole('dialog', { name: 'Replace all sales of this event?' });
    await user.click(within(dialog).getByRole('button', { name: 'Replace all sales' }));
    expect(await within(card).findByText(/^Imported 1 row\. The event's sales now match the workbook\.$/, {}, { timeout: 8000 })).toBeInTheDocument();
    expect(sent('POST', /sales_edit_export$/)[0]?.url.searchParams.get('eid')).toBe(EID);
    expect(getSalesRows(ACME, EID)).toEqual([{ date: '2026-10-01', ticket_type: 'regular', tickets: 7, revenue: 350 }]);
  });

  it('after another tool wrote, an earlier success message goes: only the latest write reports', async () => {
    const user = userEvent.setup();
    await openPage();
    const importCard = region('Upload a workbook');
    await user.upload(within(importCard).getByLabelText('Workbook with new sales'), await workbook([['2026-11-01', 'Student', 3, 45]]));
    await user.click(within(importCard).getByRole('button', { name: 'Upload and add sales' }));
    expect(await within(importCard).findByText(/^Imported 1 row: /, {}, { timeout: 8000 })).toBeInTheDocument();

    const bulk = region('Bulk edit');
    await user.upload(within(bulk).getByLabelText('Edited sales workbook'), await workbook([['2026-10-01', 'regular', 7, 350]], 'edited.xlsx'));
    await user.click(within(bulk).getByRole('button', { name: 'Upload and replace sales' }));
    await user.click(within(screen.getByRole('dialog', { name: 'Replace all sales of this event?' })).getByRole('button', { name: 'Replace all sales' }));
    expect(await within(bulk).findByText(/The event's sales now match the workbook\./, {}, { timeout: 8000 })).toBeInTheDocument();
    // the imported row was replaced: its "Imported 1 row: …" no longer stands
    expect(within(importCard).queryByText(/^Imported 1 row: /)).not.toBeInTheDocument();
  });

  it('a running upload can be cancelled, and leaving the page asks first', async () => {
    const { user, router, card } = await startUploadThatHangs();
    expect(await within(card).findByText(/^Uploading sales\.xlsx|sales\.xlsx sent/)).toBeInTheDocument();
    expect(within(card).getByRole('progressbar', { name: 'Uploading sales.xlsx' })).toBeInTheDocument();
    expect(card).not.toHaveTextContent('NaN');

    await user.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Events' }));
    const ask = screen.getByRole('dialog', { name: 'Leave this page?' });
    expect(ask).toHaveTextContent('The workbook upload still running is cancelled.');
    await user.click(within(ask).getByRole('button', { name: 'Stay on this page' }));
    expect(router.state.location.pathname).toBe(`/events/${EID}/sales`);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await user.click(within(card).getByRole('button', { name: 'Cancel upload' }));
    expect(await within(card).findByText(/^Upload of sales\.xlsx cancelled\./)).toBeInTheDocument();
    // nothing running any more: navigation is free
    await user.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Events' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/events'));
  });

  it('switching partner during an upload asks first, naming the upload; confirmed, it switches without a second question', async () => {
    const { user, router, card } = await startUploadThatHangs();
    await within(card).findByRole('progressbar', { name: 'Uploading sales.xlsx' });

    const switchTo = async () => {
      await user.click(await screen.findByRole('button', { name: /^Partner: / }));
      await user.click(await screen.findByRole('button', { name: 'Bravo Sports' }));
      return screen.findByRole('dialog', { name: 'Switch partner now?' });
    };
    const ask = await switchTo();
    expect(ask).toHaveTextContent('The workbook upload still running is cancelled.');
    await user.click(within(ask).getByRole('button', { name: 'Stay' }));
    expect(session.get()?.partnerId).toBe(ACME);
    expect(within(card).getByRole('progressbar', { name: 'Uploading sales.xlsx' })).toBeInTheDocument();

    await user.click(within(await switchTo()).getByRole('button', { name: 'Switch partner' }));
    // the other partner's Sales data, not this event (it is not theirs)
    await waitFor(() => expect(router.state.location.pathname).toBe('/sales'));
    expect(session.get()?.partnerId).toBe('partner-id-bravo');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
