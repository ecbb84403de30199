// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ticketTypeOptions } from './ticket-types';

const cat = (id: string, name: string, type: string | null) => ({ id, name, type, price: null, capacity: null, sold: null, revenue: null });

describe('ticketTypeOptions', () => {
  it('one option per stored type, labelled with the category names', () => {
    expect(
      ticketTypeOptions([cat('1', 'Standing', 'regular'), cat('2', 'VIP Package', 'vip'), cat('3', 'Seated', 'regular'), cat('4', 'Student', null), cat('5', 'Student', 'student')]),
    ).toEqual([
      { value: 'regular', label: 'Standing, Seated (regular)', names: ['Standing', 'Seated'], capacity: null, sold: null },
      { value: 'vip', label: 'VIP Package (vip)', names: ['VIP Package'], capacity: null, sold: null },
      { value: 'Student', label: 'Student', names: [], capacity: null, sold: null },
      { value: 'student', label: 'Student', names: [], capacity: null, sold: null },
    ]);
  });

  it('sums capacity and sales over the categories of a type; unknown if any category leaves one out', () => {
    const known = (id: string, type: string, capacity: number | null, sold: number | null) => ({ ...cat(id, id, type), capacity, sold });
    const [regular, vip] = ticketTypeOptions([known('a', 'regular', 100, 40), known('b', 'regular', 50, 50), known('c', 'vip', 20, null)]);
    expect(regular).toMatchObject({ value: 'regular', capacity: 150, sold: 90 });
    expect(vip).toMatchObject({ value: 'vip', capacity: 20, sold: null });
  });
});
