const LIST_FIELDS = new Set(['gtins', 'shipsTo', 'images']);
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
