import { JobSourceError, type CodegenJob } from '@uibuilder-codegen/core';
import { parseJobText } from './parse-job-text.js';
import { describeBytes, InputTooLargeError, MAX_INPUT_BYTES, readBounded } from './read-bounded.js';

/** Options for {@link readJobFile}. */
export interface ReadJobFileOptions {
  /**
   * Where `-` reads from.
   * @default process.stdin
   */
  stdin?: NodeJS.ReadableStream;
  /**
   * The largest job read, in bytes; past it the read stops with a `JobSourceError` (exit 3).
   * @default MAX_INPUT_BYTES (64 MiB)
   */
  maxBytes?: number;
}

/**
 * Reads a saved codegen job from a file, or from standard input when `path` is `-`.
 *
 * Either is read as a stream that stops at `maxBytes`, so `/dev/zero` costs no more than that.
 *
 * @throws {@link JobSourceError} when the file is missing, unreadable or too large, is not JSON,
 *   or is not a job.
 */
export async function readJobFile(
  path: string,
  options: ReadJobFileOptions = {},
): Promise<CodegenJob> {
  if (path === '-') {
    const stdin = options.stdin ?? process.stdin;
    if ((stdin as { isTTY?: boolean }).isTTY === true) {
      // Reading a terminal would wait for typing that never comes.
      throw new JobSourceError('No job on standard input: it is a terminal', {
        location: '<stdin>',
        hint: 'Pipe a job in (aws amplifyuibuilder get-codegen-job ... | uibuilder-codegen generate --job-file -) or pass a file path.',
      });
    }
    const text = await readJob(stdin, '<stdin>', options.maxBytes);
    return parseJobText(text, '<stdin>');
  }
  return parseJobText(await readJob(path, path, options.maxBytes), path);
}

async function readJob(
  source: string | NodeJS.ReadableStream,
  location: string,
  maxBytes = MAX_INPUT_BYTES,
): Promise<string> {
  try {
    return await readBounded(source, maxBytes);
  } catch (error) {
    if (error instanceof InputTooLargeError) {
      const what = location === '<stdin>' ? 'standard input' : location;
      throw new JobSourceError(
        `The job in ${what} is larger than the maximum input size (${describeBytes(error.maxBytes)})`,
        {
          location,
          hint: 'Check that --job-file names a saved codegen job (a 5,000-model job is about 9 MB).',
        },
      );
    }
    if (typeof source !== 'string') {
      throw new JobSourceError('Could not read the job from standard input', {
        location,
        cause: error,
      });
    }
    throw fileError(source, error);
  }
}

function fileError(path: string, error: unknown): JobSourceError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') {
    return new JobSourceError(`Job file not found: ${path}`, {
      location: path,
      hint: 'Check the path, or save a job first: aws amplifyuibuilder get-codegen-job --app-id <id> --environment-name <env> --id <job> > job.json',
    });
  }
  if (code === 'EISDIR') {
    return new JobSourceError(`Job file is a directory: ${path}`, {
      location: path,
      hint: 'Pass the path of a .json file.',
    });
  }
  const reason =
    code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (code ?? 'unreadable');
  return new JobSourceError(`Could not read job file ${path}: ${reason}`, {
    location: path,
    hint: 'Check that the file exists and is readable.',
  });
}
