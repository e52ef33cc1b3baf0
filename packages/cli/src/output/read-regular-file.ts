import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readFileSync,
  statSync,
} from 'node:fs';
import type { BigIntStats, Stats } from 'node:fs';
import { OutputError } from '@uibuilder-codegen/core';

/** A regular file's text and identity, as read once. */
export interface RegularFile {
  readonly text: string;
  /** Device and inode: two paths naming one file have the same. */
  readonly identity: string;
  /** Identity, size, and modification and change times: any write or replacement changes it. */
  readonly stamp: string;
}

/**
 * Reads a file at an output or manifest path without ever blocking on it: the path is looked at
 * first (`lstat`, then `stat` through a link), and anything that is not a regular file (a FIFO, a
 * socket, a device, a directory) is an `OutputError` (exit 5) and is never opened. The open itself
 * is non-blocking, and the opened file is checked again, so a FIFO swapped in between the look and
 * the open cannot hang the run either. Returns `undefined` when nothing is there.
 *
 * `shown` is how messages name the file (a root-relative path).
 */
export function readRegularFile(file: string, shown: string): RegularFile | undefined {
  let stats: Stats;
  try {
    stats = lstatSync(file);
    if (stats.isSymbolicLink()) stats = statSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw explainFsError(error, shown);
  }
  if (!stats.isFile()) throw notRegular(shown, stats);
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw explainFsError(error, shown);
  }
  try {
    const opened = fstatSync(fd, { bigint: true });
    if (!opened.isFile()) throw notRegular(shown, opened);
    return {
      text: readFileSync(fd, 'utf8'),
      identity: `${opened.dev}:${opened.ino}`,
      stamp: stampOf(opened),
    };
  } catch (error) {
    if (error instanceof OutputError) throw error;
    throw explainFsError(error, shown);
  } finally {
    closeSync(fd);
  }
}

/** The {@link RegularFile.stamp} of a file's stats. */
export function stampOf(stats: BigIntStats): string {
  return `${stats.dev}:${stats.ino}:${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}`;
}

/** What kind of thing a non-regular file is, in words. */
function kindOf(stats: Stats | BigIntStats): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

function notRegular(shown: string, stats: Stats | BigIntStats): OutputError {
  return new OutputError(`${shown} is ${kindOf(stats)}, where a generated file belongs`, {
    files: [shown],
    hint: `Move ${shown} out of the way (uibuilder-codegen only replaces regular files), or change the path in the job's renderConfig.`,
  });
}

/** The messages for file-system errors a user can cause (exit 5, never 70). */
const FS_ERRORS: Readonly<Record<string, { why: string; hint: string }>> = {
  EACCES: { why: 'permission denied', hint: 'Make it readable and writable, then run again.' },
  EPERM: { why: 'operation not permitted', hint: 'Check its permissions, then run again.' },
  ENOTDIR: {
    why: 'a directory on its path is a file',
    hint: 'Move that file out of the way, or change the path in the job renderConfig or --out.',
  },
  EISDIR: { why: 'it is a directory', hint: 'Move the directory out of the way.' },
  ENAMETOOLONG: {
    why: 'the path is too long for the file system',
    hint: 'Use a shorter --out or shorter paths in the job renderConfig.',
  },
  ELOOP: {
    why: 'it goes through a loop of symbolic links',
    hint: 'Remove the link loop.',
  },
  ENOSPC: { why: 'no space left on the device', hint: 'Free some space, then run again.' },
  EROFS: {
    why: 'the file system is read-only',
    hint: 'Write to a writable directory (--root, --out).',
  },
  EDQUOT: { why: 'the disk quota is exceeded', hint: 'Free some space, then run again.' },
  EIO: { why: 'an I/O error', hint: 'Check the disk, then run again.' },
  EBUSY: { why: 'the file is busy', hint: 'Close whatever holds it, then run again.' },
  EEXIST: { why: 'something else exists there', hint: 'Move it out of the way.' },
  EMFILE: { why: 'too many open files', hint: 'Raise the open-file limit, then run again.' },
};

/**
 * An `OutputError` (exit 5) for a file-system error at `shown` (one with an errno `code`), naming
 * the cause in words and what to do. Anything else, a bug among them, is returned as it is, so that
 * it still reaches the user as an internal error (exit 70) rather than as an output error.
 */
export function explainFsError(error: unknown, shown: string): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (error instanceof OutputError || typeof code !== 'string') return error;
  const known = FS_ERRORS[code];
  const why = known?.why ?? code;
  return new OutputError(`Cannot use ${shown}: ${why}`, {
    files: [shown],
    hint: known?.hint ?? 'Check permissions and free space, then run again.',
    cause: error,
  });
}
