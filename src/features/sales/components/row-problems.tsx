import { formatNumber } from '@/lib/format';
import type { ValidationError } from '@/lib/api-errors';
import { listCutOff, rowProblems } from '../lib/validation-messages';

/** A workbook's validation errors: row number, column and what to fix, in the file's order. */
export function RowProblems({ errors, fileName }: { errors: readonly ValidationError[]; fileName: string }) {
  const problems = rowProblems(errors);
  const rowNumbers = new Set(problems.flatMap((p) => (p.row === null ? [] : [p.row])));
  const rows = rowNumbers.size;
  // the header alone (missing columns): the rows below it were not read yet
  const headerOnly = rows === 1 && rowNumbers.has(1) && errors.every((e) => e.row !== 1 || e.code === 'missing_column');
  const cutOff = listCutOff(errors);
  return (
    <div className="row-problems" role="alert">
      <p className="row-problems__title">
        {fileName} was not accepted.{' '}
        {rows > 0 ? `Fix ${headerOnly ? 'the header row' : rows === 1 ? 'this row' : `these ${formatNumber(rows)} rows`} and upload the file again.` : 'Fix the file and upload it again.'}
        {cutOff && ' Rows after them have not been checked yet, so there may be more.'}
      </p>
      <div className="table-scroll row-problems__scroll">
        <table className="data-table">
          <caption className="visually-hidden">Problems found in {fileName}</caption>
          <thead>
            <tr>
              <th scope="col" className="num">Row</th>
              <th scope="col">Column</th>
              <th scope="col">What to fix</th>
            </tr>
          </thead>
          <tbody>
            {problems.map((p, i) => (
              <tr key={`${p.row ?? 'file'}-${p.column ?? ''}-${i}`}>
                <td className="num">{p.row === null ? 'File' : formatNumber(p.row)}</td>
                <td>{p.column ?? '—'}</td>
                <td>{p.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
