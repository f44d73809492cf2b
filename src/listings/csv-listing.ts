import type { Options as CsvOptions } from 'csv-parse';

const LIST_FIELDS = new Set(['gtins', 'shipsTo', 'images']);

/**
 * How every listings CSV (or, with a tab delimiter, TSV) is parsed (file, standard input, API upload): a header row
 * names the columns, a byte order mark and blank lines are ignored, cells are trimmed, rows may be short or long,
 * and a quote inside an unquoted cell is kept as written, as spreadsheets read it (10" tablet case).
 */
export const LISTING_CSV_OPTIONS: Readonly<CsvOptions> = {
  columns: true, bom: true, skip_empty_lines: true, trim: true, relax_column_count: true, relax_quotes: true,
};
const NUMBER_FIELDS = new Set(['price']);

/**
 * Turns a CSV row into a raw listing object: list columns (`gtins`, `shipsTo`, `images`) are split on `;`,
 * `price` becomes a number when it is one, empty cells are dropped, other columns are kept as strings.
 * @example csvRowToListing({ id: '1', title: 'x', gtins: '0123;0456' }).gtins // ['0123', '0456']
 */
export function csvRowToListing(row: Readonly<Record<string, string>>): Record<string, unknown> {
  const listing: Record<string, unknown> = {};
  for (const [column, cell] of Object.entries(row)) {
    if (cell === undefined || cell === '') continue;
    if (LIST_FIELDS.has(column)) {
      listing[column] = cell.split(';').map((part) => part.trim()).filter((part) => part !== '');
    } else if (NUMBER_FIELDS.has(column)) {
      const value = Number(cell);
      listing[column] = Number.isFinite(value) ? value : cell;
    } else {
      listing[column] = cell;
    }
  }
  return listing;
}
