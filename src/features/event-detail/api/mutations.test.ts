import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetFakeApi, type FakeApi } from '@/testing/fake-api';
import { addToSeries, removeFromSeries, setAttributionModel, updateEvent } from './mutations';

const fake = vi.hoisted((): FakeApi => ({ calls: [], reply: () => undefined }));
vi.mock('@/lib/api', async () => ({ api: (await import('@/testing/fake-api')).createFakeApiClient(fake) }));

const json = (body: unknown) => () => new Response(JSON.stringify(body), { status: 200 });

beforeEach(() => resetFakeApi(fake));

describe('series writes', () => {
  it('adds members with a repeated event_series key', async () => {
    await addToSeries('evt_1', ['evt_a', 'evt b']);
    expect(fake.calls).toEqual([
      { url: '/api/v3/events/evt_1/series?event_series=evt_a&event_series=evt+b', method: 'POST', body: undefined },
    ]);
  });

  it('sends nothing for an empty add', async () => {
    await addToSeries('evt_1', []);
    expect(fake.calls).toEqual([]);
  });

  it('removes one member by query string', async () => {
    await removeFromSeries('evt_1', 'evt_x');
    expect(fake.calls).toEqual([{ url: '/api/v3/events/evt_1/series?event_series=evt_x', method: 'DELETE', body: undefined }]);
  });

  it('encodes the event id in the path', async () => {
    await removeFromSeries('evt/1', 'evt_x');
    expect(fake.calls[0]?.url).toBe('/api/v3/events/evt%2F1/series?event_series=evt_x');
  });
});

describe('updateEvent', () => {
  it('PUTs to the CR host with event_type and partner_product, fields as JSON', async () => {
    fake.reply = json({ id: 'evt_1', title: 'New', start_date_time: '2026-06-12T18:30:00Z', benchmark: { prediction: { value: 78, benchmark: 65 } } });
    const event = await updateEvent('evt_1', { eventType: 'fdlive', partnerProduct: 'acme' }, { title: 'New', capacity: 100 });
    expect(fake.calls).toEqual([
      {
        url: '/cr-api/events/evt_1?event_type=fdlive&partner_product=acme',
        method: 'PUT',
        body: JSON.stringify({ title: 'New', capacity: 100 }),
      },
    ]);
    expect(event.title).toBe('New');
    expect(event.benchmark?.prediction).toEqual({ value: 0.78, benchmark: 0.65 });
  });
});

describe('setAttributionModel', () => {
  it('PUTs a JSON body and parses { model }', async () => {
    fake.reply = json({ model: 'META' });
    await expect(setAttributionModel('evt_1', 'META')).resolves.toEqual({ model: 'META' });
    expect(fake.calls[0]).toEqual({ url: '/api/v3/events/evt_1/attribution_model', method: 'PUT', body: '{"model":"META"}' });
  });
});
