/** Helpers shared by the bad-input tables. */
import { expect } from 'vitest';
import type { Diagnostic } from '@uibuilder-codegen/core';
import { SchemaError } from '@uibuilder-codegen/core';
import { normalizeSchema } from '../normalize-schema.js';
import { sampleJob } from './sample-job.js';

/** The sample job's type (loose: tests corrupt it freely). */
export type Job = ReturnType<typeof sampleJob>;
/** JSON pointer prefixes. */
export const S = '/genericDataSchema';
export const POST = `${S}/models/Post`;
export const COMMENT = `${S}/models/Comment`;

/** `sampleJob()` changed by `edit`. */
export function given(edit: (job: Job) => void): Job {
  const job = sampleJob();
  edit(job);
  return job;
}
export const schema = (job: Job) => job.genericDataSchema;
export const post = (job: Job) => job.genericDataSchema.models.Post;
export const postFields = (job: Job) => job.genericDataSchema.models.Post.fields;
export const commentFields = (job: Job) => job.genericDataSchema.models.Comment.fields;

/** The diagnostics of `input`, whether returned or thrown (only ever as a SchemaError). */
export function diagnosticsOf(
  input: unknown,
  strict = false,
): { thrown: boolean; diagnostics: readonly Diagnostic[] } {
  try {
    return { thrown: false, diagnostics: normalizeSchema(input, { strict }).diagnostics };
  } catch (error) {
    expect(error).toBeInstanceOf(SchemaError);
    return { thrown: true, diagnostics: (error as SchemaError).diagnostics };
  }
}

/** Asserts that `input` throws a SchemaError holding an error `code` at `path`, every diagnostic worded. */
export function expectError(input: unknown, code: string, path: string): void {
  const { thrown, diagnostics } = diagnosticsOf(input);
  expect(thrown).toBe(true);
  expect(
    diagnostics.filter((d) => d.severity === 'error').map((d) => [d.code, d.path]),
  ).toContainEqual([code, path]);
  for (const d of diagnostics) {
    expect(d.message).not.toBe('');
    expect(d.hint).not.toBe('');
  }
}
