/** Small readers for untrusted JSON values; none of them touches a prototype. */

/** A plain JSON object (not null, not an array). */
export type JsonRecord = Readonly<Record<string, unknown>>;

/** True for a non-null, non-array object. */
export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value of an own property, or `undefined` (never an inherited one such as `constructor`). */
export function own(record: JsonRecord, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** The own enumerable entries, in the object's key order (JSON key order for parsed input). */
export function entries(record: JsonRecord): [string, unknown][] {
  return Object.keys(record).map((key) => [key, record[key]]);
}

/** A short description of a value's JSON type, for messages. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string')
    return `the string ${JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value)}`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}
