/** Prints query rows as a plain-text table; lists and maps are shown as compact JSON. */
function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

const MAX_WIDTH = 60;

export function printTable(rows: Record<string, unknown>[], print: (line: string) => void): void {
  if (rows.length === 0) {
    print('(no rows)');
    return;
  }
  const columns = Object.keys(rows[0]);
  const cells = rows.map((row) => columns.map((column) => {
    const text = cell(row[column]);
    return text.length > MAX_WIDTH ? `${text.slice(0, MAX_WIDTH - 1)}…` : text;
  }));
  const widths = columns.map((column, i) => Math.max(column.length, ...cells.map((r) => r[i].length)));
  const line = (values: string[]): string => values.map((v, i) => v.padEnd(widths[i])).join(' | ').trimEnd();
  print(line(columns));
  print(widths.map((w) => '-'.repeat(w)).join('-+-'));
  cells.forEach((r) => print(line(r)));
  print(`(${rows.length} row${rows.length === 1 ? '' : 's'})`);
}
