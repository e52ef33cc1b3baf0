import type { CodegenJob } from '@uibuilder-codegen/core';
import { normalizeTimestamp } from './normalize-timestamp.js';

const TIMESTAMP_KEYS = ['createdAt', 'modifiedAt'] as const;
const RENDER_CONFIG_MEMBERS = new Set(['react']);
const API_CONFIGURATION_MEMBERS = new Set(['graphQLConfig', 'dataStoreConfig', 'noApiConfig']);

/**
 * Copies a job into plain JSON data: `Date`s and epoch seconds become RFC 3339 strings, `undefined`
 * values are dropped, and an unknown member of the `renderConfig` / `apiConfiguration` unions is
 * wrapped as `{ $unknown: [key, value] }` the way the SDK delivers it, so that a job file and the
 * same job fetched from AWS are the same value. Keys such as `__proto__` are copied as own data
 * properties and never touch a prototype. With `fromJson`, `job` is the caller's own result of
 * `JSON.parse`, which is used in place.
 */
export function toPlainJob(
  job: Record<string, unknown>,
  sourceName: string,
  fromJson = false,
): CodegenJob {
  // What JSON.parse returns is plain already (no Dates, no undefined) and belongs to the caller,
  // so only its top level is copied: a deep copy was a tenth of a 1,000-model run's start-up.
  const plain = fromJson ? { ...job } : (copyPlain(job) as Record<string, unknown>);
  for (const key of TIMESTAMP_KEYS) {
    if (plain[key] !== undefined && plain[key] !== null) {
      plain[key] = normalizeTimestamp(job[key], key, sourceName);
    }
  }
  const renderConfig = wrapUnknownMember(plain['renderConfig'], RENDER_CONFIG_MEMBERS);
  if (renderConfig !== undefined) {
    plain['renderConfig'] = renderConfig;
    const react = asRecord(asRecord(renderConfig)?.['react']);
    if (react?.['apiConfiguration'] !== undefined) {
      react['apiConfiguration'] = wrapUnknownMember(
        react['apiConfiguration'],
        API_CONFIGURATION_MEMBERS,
      );
    }
  }
  return plain as CodegenJob;
}

function copyPlain(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value))
    return value.map((item) => (item === undefined ? null : copyPlain(item)));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, item]) => item !== undefined)
        .map(([key, item]) => [key, copyPlain(item)]),
    );
  }
  return value;
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** A union value with no known member and exactly one other key becomes `{ $unknown: [key, value] }`. */
function wrapUnknownMember(value: unknown, knownMembers: ReadonlySet<string>): unknown {
  const record = asRecord(value);
  if (record === undefined || '$unknown' in record) return value;
  const keys = Object.keys(record);
  const only = keys[0];
  if (keys.length !== 1 || only === undefined || knownMembers.has(only)) return value;
  return { $unknown: [only, record[only]] };
}
