/** Options of `toCsv`. */
export interface CsvOptions {
  /** Columns in order (default: every key of the rows, in order of first appearance). */
  columns?: readonly string[];
  /** Start with a UTF-8 byte order mark so Excel reads Chinese text correctly (default false). */
  bom?: boolean;
}

function formatValue(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map(formatValue).join('; ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function quoteCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function listColumns(rows: readonly object[]): string[] {
  const columns = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) columns.add(key);
  return [...columns];
}

/**
 * Result rows as CSV text (RFC 4180): a header line, CRLF line ends, fields with a comma, quote
 * or line break quoted and their quotes doubled. Arrays are joined with "; ", objects written
 * as JSON, null and undefined left empty. With `bom: true` the text starts with U+FEFF, which
 * Excel needs to open UTF-8 Chinese text.
 *
 * @example
 * toCsv([{ id: 'a', name: '遵义, 红花岗', distanceKm: 1.5 }], { bom: true });
 * // '\uFEFFid,name,distanceKm\r\na,"遵义, 红花岗",1.5\r\n'
 */
export function toCsv(rows: readonly object[], options: CsvOptions = {}): string {
  const columns = options.columns ?? listColumns(rows);
  const lines = [columns.map(quoteCell).join(',')];
  for (const row of rows) {
    const record = row as Record<string, unknown>;
    lines.push(columns.map((column) => quoteCell(formatValue(record[column]))).join(','));
  }
  return `${options.bom === true ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}
