import { JobSourceError } from '@uibuilder-codegen/core';

const RFC_3339 = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

/**
 * Normalises a job timestamp to an RFC 3339 string in UTC with milliseconds
 * (`2024-05-01T12:00:00.000Z`), the form `Date#toISOString` prints, so that a job read from a file
 * and the same job fetched through the SDK (which returns `Date`s) are identical.
 *
 * Accepts a `Date`, an RFC 3339 string, or epoch seconds (what `aws` prints with some settings).
 * Anything else is a {@link JobSourceError} naming the key and the source.
 */
export function normalizeTimestamp(value: unknown, key: string, sourceName: string): string {
  let date: Date | undefined;
  if (value instanceof Date) date = value;
  else if (typeof value === 'number' && Number.isFinite(value)) date = new Date(value * 1000);
  else if (typeof value === 'string' && RFC_3339.test(value)) date = new Date(value);
  if (date === undefined || Number.isNaN(date.getTime())) {
    throw new JobSourceError(
      `${sourceName}: "${key}" is not a timestamp (${describeValue(value)})`,
      {
        location: `${sourceName}#/${key}`,
        hint: 'Write timestamps as RFC 3339 strings ("2024-05-01T12:00:00Z") or epoch seconds.',
      },
    );
  }
  return date.toISOString();
}

function describeValue(value: unknown): string {
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : String(value);
}
