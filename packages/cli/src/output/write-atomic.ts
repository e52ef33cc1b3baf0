import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
} from 'node:fs';
import path from 'node:path';
import { isRunning } from './process-alive.js';
import { writeNewFileInChunks } from './text-chunks.js';

/**
 * Writes a file so that a reader (or a crash) only ever sees the old or the new contents: a
 * temporary file in the same directory, then a rename over the target.
 */
export function writeFileAtomic(file: string, contents: string): void {
  const temporary = writeTemporary(file, contents);
  try {
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/**
 * The first half of {@link writeFileAtomic}: writes `contents` (flushed to the disk) to a new
 * temporary file next to `file`, creating its directory, and returns the temporary's path. The
 * caller renames it over `file`, or removes it.
 */
export function writeTemporary(file: string, contents: string): string {
  const dir = path.dirname(file);
  mkdirSync(dir, { recursive: true });
  const temporary = path.join(
    dir,
    `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    writeNewFileInChunks(temporary, contents);
  } catch (error) {
    // A name taken already is someone else's file; anything else leaves a part-written one of ours.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') rmSync(temporary, { force: true });
    throw error;
  }
  return temporary;
}

/**
 * Flushes a directory's entries (the renames in it) to the disk, so that after a power cut the
 * journal is there whenever a file it names was replaced. Some file systems cannot; that is not an
 * error.
 */
export function syncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Best effort: not every platform or file system can fsync a directory.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** `.<name>.<pid>.<8 hex>.tmp`, the temporary name {@link writeFileAtomic} uses. */
const TEMPORARY_NAME = /^\.(.+)\.(\d+)\.[0-9a-f]{8}\.tmp$/;

/**
 * Removes the temporary files a killed run (SIGKILL, a crash, a power cut) left next to `files`:
 * those named for one of them by a process that no longer runs. A running process's temporary
 * file is left alone.
 */
export function removeStaleTemporaries(files: readonly string[]): void {
  const namesByDir = new Map<string, Set<string>>();
  for (const file of files) {
    const dir = path.dirname(file);
    const names = namesByDir.get(dir) ?? new Set<string>();
    names.add(path.basename(file));
    namesByDir.set(dir, names);
  }
  for (const [dir, names] of namesByDir) {
    let entries: string[];
    try {
      entries = readdirSync(dir);
    } catch {
      continue;
    }
    for (const entry of entries) {
      const match = TEMPORARY_NAME.exec(entry);
      if (match?.[1] === undefined || !names.has(match[1]) || isRunning(Number(match[2]))) continue;
      rmSync(path.join(dir, entry), { force: true });
    }
  }
}
