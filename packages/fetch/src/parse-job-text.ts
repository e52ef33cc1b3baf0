import { JobSourceError, type CodegenJob } from '@uibuilder-codegen/core';
import { jobFromParsedJson } from './job-from-value.js';
import { locateJsonError } from './json-error-location.js';

/**
 * Parses the text of a job file: `{"job": {...}}` (what the AWS CLI prints) or the bare job.
 * A leading byte-order mark is ignored.
 *
 * @param text - The file's contents.
 * @param sourceName - The file name (or `<stdin>`), used in messages and `location`.
 * @throws {@link JobSourceError} for malformed JSON (with `location` = `file:line:column`) or a
 *   value that is not a job object.
 */
export function parseJobText(text: string, sourceName: string): CodegenJob {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    if (body.trim() === '') {
      throw new JobSourceError(`${sourceName} is empty`, {
        location: sourceName,
        hint: 'Save a codegen job into it: aws amplifyuibuilder get-codegen-job ... > job.json',
      });
    }
    const { line, column, problem } = locateJsonError(body, error);
    const location = `${sourceName}:${line}:${column}`;
    throw new JobSourceError(`${location}: invalid JSON: ${problem}`, {
      location,
      hint: 'Fix the JSON at that line and column; job files are plain JSON (no comments, no trailing commas).',
    });
  }
  return jobFromParsedJson(value, sourceName);
}
