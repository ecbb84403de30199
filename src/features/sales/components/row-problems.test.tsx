import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { RowProblems } from './row-problems';

const rows = Array.from({ length: 3 }, (_, i) => ({ code: 'negative', field: 'tickets', row: i + 2 }));

describe('RowProblems', () => {
  it('counts the rows to fix; when the server stopped checking, says there may be more', () => {
    const { rerender } = render(<RowProblems errors={rows} fileName="sales.xlsx" />);
    expect(screen.getByRole('alert')).toHaveTextContent(/^sales\.xlsx was not accepted\. Fix these 3 rows and upload the file again\.Problems/);
    rerender(<RowProblems errors={[...rows, { code: 'too_many_errors', field: 'file' }]} fileName="sales.xlsx" />);
    expect(screen.getByRole('alert')).toHaveTextContent('Fix these 3 rows and upload the file again. Rows after them have not been checked yet, so there may be more.');
  });

  it('missing columns name the header row, not "this row"', () => {
    render(<RowProblems errors={[{ code: 'missing_column', field: 'date', row: 1 }, { code: 'missing_column', field: 'tickets', row: 1 }]} fileName="sales.xlsx" />);
    expect(screen.getByRole('alert')).toHaveTextContent(/^sales\.xlsx was not accepted\. Fix the header row and upload the file again\./);
  });
});
