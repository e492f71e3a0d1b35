/** Narrowing helpers for data that arrives as `unknown` (parsed JSON from a file or an import). */

/** A plain JSON object (not an array, not null). */
export type JsonRecord = Record<string, unknown>;

/** True when `value` is a JSON object (not an array, not null). */
export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `value` when it is an array, else an empty array. */
export function arrayOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** `record[key]` when it is a string, else undefined. Reads own properties only. */
export function stringAt(record: unknown, key: string): string | undefined {
  if (!isRecord(record) || !Object.hasOwn(record, key)) return undefined;
  const value = record[key];
  return typeof value === 'string' ? value : undefined;
}

/** `record[key]` when `record` is an object and has it as an own property, else undefined. */
export function valueAt(record: unknown, key: string): unknown {
  if (!isRecord(record) || !Object.hasOwn(record, key)) return undefined;
  return record[key];
}

/** True for a finite number. */
export function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
