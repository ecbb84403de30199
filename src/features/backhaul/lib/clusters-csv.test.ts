// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { backhaulTotals } from './backhaul-totals';
import { clusterTableRows, nextSort, packageSearch } from './cluster-table';
import { clustersCsv, fileSlug } from './clusters-csv';
import { clustersSheet } from './clusters-sheet';
import { finalState, type ClustersExport } from './clusters-export';
import { readFirstSheet, sheetValues } from '@/testing/read-workbook';
import { formatDay } from '@/lib/format';

const totals = backhaulTotals({
  family_outings_munich: { customers: 184, items: 412, purchase: 18540 },
  jazz_aficionados: { customers: 16, items: 20, purchase: 1460 },
  comedy_night_out: { customers: 0, items: 0, purchase: 0 },
});

const SETTINGS = { backhaul_evaluation_model: 'EVENTS_FROM_PACKAGE', backhaul_evaluation_attribution_window: 14, email_sent_date: '2026-06-01' } as const;
const EVALUATED = '2026-06-20T06:30:00Z';
/** The downloads' input: evaluated on 20 June, after the window (1–14 June) closed, unless `today` says otherwise. */
const exported = (rows: ClustersExport['rows'], currency: string | null, producedBy: ClustersExport['producedBy'], evaluatedAt: string | null = EVALUATED): ClustersExport => ({
  rows, currency, producedBy, evaluatedAt, timeZone: 'Europe/Berlin', final: finalState(producedBy, evaluatedAt, '2026-06-21', 'Europe/Berlin'),
});

describe('clusterTableRows', () => {
  it('adds readable names and sorts by any column, both ways, ties by name', () => {
    expect(clusterTableRows(totals.clusters, 'revenue', 'desc').map((r) => r.name)).toEqual(['Family outings Munich', 'Jazz aficionados', 'Comedy night out']);
    expect(clusterTableRows(totals.clusters, 'name', 'asc').map((r) => r.tc)).toEqual(['comedy_night_out', 'family_outings_munich', 'jazz_aficionados']);
    expect(clusterTableRows(totals.clusters, 'customers', 'asc').map((r) => r.customers)).toEqual([0, 16, 184]);
    expect(clusterTableRows(totals.clusters, 'share', 'asc').map((r) => r.tc)[0]).toBe('comedy_night_out');
  });

  it('a new column starts in its natural direction; the same column flips', () => {
    expect(nextSort({ sort: 'revenue', dir: 'desc' }, 'name')).toEqual({ sort: 'name', dir: 'asc' });
    expect(nextSort({ sort: 'name', dir: 'asc' }, 'items')).toEqual({ sort: 'items', dir: 'desc' });
    expect(nextSort({ sort: 'items', dir: 'desc' }, 'items')).toEqual({ sort: 'items', dir: 'asc' });
  });

  it('sort state round-trips through the URL; defaults are omitted, bad values fall back', () => {
    expect(packageSearch.serialize({ sort: 'revenue', dir: 'desc' }).toString()).toBe('');
    const p = packageSearch.serialize({ sort: 'name', dir: 'asc' });
    expect(packageSearch.parse(p)).toEqual({ sort: 'name', dir: 'asc' });
    expect(packageSearch.parse(new URLSearchParams('sort=bogus&dir=up'))).toEqual({ sort: 'revenue', dir: 'desc' });
  });
});

describe('clustersCsv', () => {
  it('is the table (same rows in the same order, plain numbers, currency in the header) and the settings that produced it', () => {
    const csv = clustersCsv(exported(clusterTableRows(totals.clusters, 'name', 'asc'), 'EUR', SETTINGS));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Cluster,Customers,Items,Revenue (EUR),Share of revenue (%),Attribution model,Attribution window (days),E-mail sent on,Evaluated at,Final',
      `Comedy night out,0,0,0.00,0.0,EVENTS_FROM_PACKAGE,14,2026-06-01,${EVALUATED},true`,
      `Family outings Munich,184,412,18540.00,92.7,EVENTS_FROM_PACKAGE,14,2026-06-01,${EVALUATED},true`,
      `Jazz aficionados,16,20,1460.00,7.3,EVENTS_FROM_PACKAGE,14,2026-06-01,${EVALUATED},true`,
      '',
    ]);
  });

  it('numbers computed before the attribution window closed are not final', () => {
    const csv = clustersCsv(exported(clusterTableRows(totals.clusters, 'name', 'asc'), 'EUR', SETTINGS, '2026-06-10T06:30:00Z'));
    expect(csv.split('\r\n')[1]?.endsWith(',2026-06-10T06:30:00Z,false')).toBe(true);
  });

  it('no currency known: plain header; zero total revenue leaves shares empty; unknown settings stay empty', () => {
    const zero = backhaulTotals({ a: { customers: 1, items: 1, purchase: 0 } });
    expect(clustersCsv(exported(clusterTableRows(zero.clusters, 'revenue', 'desc'), null, null, null)).slice(1))
      .toBe('Cluster,Customers,Items,Revenue,Share of revenue (%),Attribution model,Attribution window (days),E-mail sent on,Evaluated at,Final\r\nA,1,1,0.00,,,,,,\r\n');
  });

  it('file names from titles', () => {
    expect(fileSlug('Summer open-air 2026')).toBe('summer-open-air-2026');
    expect(fileSlug('Family Sunday matinées!')).toBe('family-sunday-matinees');
    expect(fileSlug('***')).toBe('package');
  });
});

describe('clustersSheet', () => {
  it('is the table in its order with typed cells (counts, money, shares), a bold total row, and the settings in words', async () => {
    const sheet = await readFirstSheet(await clustersSheet(exported(clusterTableRows(totals.clusters, 'revenue', 'desc'), 'EUR', SETTINGS), 'de-DE'));
    const [header, ...rows] = sheetValues(sheet);
    expect(sheet.name).toBe('Audience clusters');
    expect(header).toEqual(['Cluster', 'Customers', 'Items', 'Revenue (EUR)', 'Share of revenue', 'Attribution model', 'Attribution window (days)', 'E-mail sent on', 'Evaluated at', 'Final', 'Why not final']);
    expect(rows.map((r) => r.slice(0, 5))).toEqual([
      ['Family outings Munich', 184, 412, 18540, 0.927],
      ['Jazz aficionados', 16, 20, 1460, 0.073],
      ['Comedy night out', 0, 0, 0, 0],
      ['All clusters', 200, 432, 20000, 1],
    ]);
    expect(sheet.getCell('A5').font?.bold).toBe(true);
    expect(rows[0]?.slice(5, 7)).toEqual(['Events in this package', 14]);
    expect((rows[0]?.[7] as Date).toISOString().slice(0, 10)).toBe('2026-06-01');
    // the evaluation's wall-clock time in the partner's zone (08:30 in Berlin)
    expect((rows[0]?.[8] as Date).toISOString().slice(0, 16)).toBe('2026-06-20T08:30');
    expect(rows.map((r) => r[9])).toEqual(['Yes', 'Yes', 'Yes', 'Yes']);
    expect([sheet.getCell('D2').numFmt, sheet.getCell('E2').numFmt, sheet.getCell('H2').numFmt, sheet.getCell('I2').numFmt]).toEqual(['#,##0.00', '0.0%', 'dd.mm.yyyy', 'dd.mm.yyyy hh:mm']);
  });

  it('says No, and in words why, when numbers are not final: the window still open, or computed before it closed', async () => {
    const rows = clusterTableRows(totals.clusters, 'revenue', 'desc');
    const open = { ...exported(rows, 'EUR', SETTINGS), final: finalState(SETTINGS, EVALUATED, '2026-06-10', 'Europe/Berlin') };
    const early = exported(rows, 'EUR', SETTINGS, '2026-06-10T06:30:00Z');
    const finalOf = async (data: ClustersExport) => sheetValues(await readFirstSheet(await clustersSheet(data, 'en-GB')))[1]?.slice(9, 11);
    expect(await finalOf(open)).toEqual(['No', `The attribution window is open until ${formatDay('2026-06-14')}; the numbers can still grow.`]);
    expect(await finalOf(early)).toEqual(['No', `Evaluated on ${formatDay('2026-06-10')}, before the window closed on ${formatDay('2026-06-14')}.`]);
  });

  it('unknown settings and a zero total leave blank cells, not "Not set" or 0 %', async () => {
    const zero = backhaulTotals({ a: { customers: 1, items: 1, purchase: 0 } });
    const sheet = await readFirstSheet(await clustersSheet(exported(clusterTableRows(zero.clusters, 'revenue', 'desc'), null, null, null), 'en-GB'));
    expect(sheetValues(sheet)).toEqual([
      ['Cluster', 'Customers', 'Items', 'Revenue', 'Share of revenue', 'Attribution model', 'Attribution window (days)', 'E-mail sent on', 'Evaluated at', 'Final', 'Why not final'],
      ['A', 1, 1, 0],
      ['All clusters', 1, 1, 0],
    ]);
  });
});
