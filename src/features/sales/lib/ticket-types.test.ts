// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ticketTypeOptions } from './ticket-types';

const cat = (id: string, name: string, type: string | null) => ({ id, name, type, price: null, capacity: null, sold: null, revenue: null });

describe('ticketTypeOptions', () => {
  it('one option per stored type, labelled with the category names', () => {
    expect(
      ticketTypeOptions([cat('1', 'Standing', 'regular'), cat('2', 'VIP Package', 'vip'), cat('3', 'Seated', 'regular'), cat('4', 'Student', null), cat('5', 'Student', 'student')]),
    ).toEqual([
      { value: 'regular', label: 'Standing, Seated (regular)' },
      { value: 'vip', label: 'VIP Package (vip)' },
      { value: 'Student', label: 'Student' },
      { value: 'student', label: 'Student' },
    ]);
  });
});
