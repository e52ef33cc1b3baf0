import { JobSourceError, type CodegenJob } from '@uibuilder-codegen/core';
import { toPlainJob } from './plain-job.js';

/**
 * Accepts a job passed from code (`{ value }` sources): the bare job, or `{ job: {...} }` as
 * `aws amplifyuibuilder get-codegen-job` prints it. Returns a plain copy with timestamps as RFC 3339
 * strings and unknown union members as `$unknown`; the value passed in is not modified.
 *
 * @param value - The job, or `{ job }`.
 * @param sourceName - Names the source in error messages.
 * @throws {@link JobSourceError} when the value is not an object.
 */
export function jobFromValue(value: unknown, sourceName = 'job value'): CodegenJob {
  return unwrapJob(value, sourceName, false);
}

/** {@link jobFromValue} of what `JSON.parse` just returned, which is used in place, not copied. */
export function jobFromParsedJson(value: unknown, sourceName: string): CodegenJob {
  return unwrapJob(value, sourceName, true);
}

function unwrapJob(value: unknown, sourceName: string, fromJson: boolean): CodegenJob {
  const record = requireObject(value, sourceName, 'the job');
  const wrapped = Object.hasOwn(record, 'job') ? record['job'] : undefined;
  const job = wrapped === undefined ? record : requireObject(wrapped, sourceName, '"job"');
  return toPlainJob(job, sourceName, fromJson);
}

function requireObject(value: unknown, sourceName: string, what: string): Record<string, unknown> {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return value as Record<string, unknown>;
  }
  const found = value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;
  throw new JobSourceError(
    `${sourceName} is not a codegen job: expected ${what} to be an object, found ${found}`,
    {
      location: sourceName,
      hint: 'Save the output of `aws amplifyuibuilder get-codegen-job` ({"job": {...}}) or the bare job object.',
    },
  );
}
