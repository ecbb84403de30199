import { describe, expect, it } from 'vitest';
import { campaignResultSchema } from './campaign-result';

describe('campaignResultSchema', () => {
  it('parses the contract row', () => {
    const row = {
      id: 'cr_xyz', eid: 'evt_abc123', partner_id: 'partner-id-acme', purchase: 147, revenue: 6615,
      created_at: '2026-06-13T08:00:00Z', source: 'automated',
    };
    expect(campaignResultSchema.parse(row)).toEqual(row);
  });

  it('tolerates unknown sources and missing optional fields', () => {
    expect(campaignResultSchema.parse({ id: 'cr_1', eid: 'e1', source: 'imported' })).toEqual({
      id: 'cr_1', eid: 'e1', partner_id: null, purchase: null, revenue: null, created_at: null, source: 'imported',
    });
  });
});
