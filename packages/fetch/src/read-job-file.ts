import { readFile } from 'node:fs/promises';
import { JobSourceError, type CodegenJob } from '@uibuilder-codegen/transform';
import { parseJobText } from './parse-job-text.js';

/** Options for {@link readJobFile}. */
export interface ReadJobFileOptions {
  /**
   * Where `-` reads from.
   * @default process.stdin
   */
  stdin?: NodeJS.ReadableStream;
}

/**
 * Reads a saved codegen job from a file, or from standard input when `path` is `-`.
 *
 * @throws {@link JobSourceError} when the file is missing or unreadable, is not JSON, or is not a job.
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
    const text = await readStream(stdin);
    return parseJobText(text, '<stdin>');
  }
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw fileError(path, error);
  }
  return parseJobText(text, path);
}

async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of stream)
      chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  } catch (error) {
    throw new JobSourceError('Could not read the job from standard input', {
      location: '<stdin>',
      cause: error,
    });
  }
  return Buffer.concat(chunks).toString('utf8');
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
