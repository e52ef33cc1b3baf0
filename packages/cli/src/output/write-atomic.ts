import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Writes a file so that a reader (or a crash) only ever sees the old or the new contents: a
 * temporary file in the same directory, then a rename over the target.
 */
export function writeFileAtomic(file: string, contents: string): void {
  const dir = path.dirname(file);
  mkdirSync(dir, { recursive: true });
  const temporary = path.join(
    dir,
    `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    writeFileSync(temporary, contents, { flush: true });
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
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

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
