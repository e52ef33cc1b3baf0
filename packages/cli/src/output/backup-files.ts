import { randomBytes } from 'node:crypto';
import { linkSync, lstatSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

/** `.<name>.<pid>.<8 hex>.bak`: where a file sits while `replaceFile` swaps it (see there). */
export const BACKUP_NAME = /^\.(.+)\.(\d+)\.[0-9a-f]{8}\.bak$/;

/** A new backup name next to `file`, for this process. */
function backupPath(file: string): string {
  const name = `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.bak`;
  return path.join(path.dirname(file), name);
}

/**
 * Renames `file` to a new backup name and returns it, or `undefined` when nothing is at `file`.
 * From this moment no one else's save of `file` can be overwritten by us: a save by rename, or by
 * `open(O_CREAT)`, makes a new file at `file`, which only a no-replace install can meet.
 */
export function moveAside(file: string): string | undefined {
  const backup = backupPath(file);
  try {
    renameSync(file, backup);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  return backup;
}

/** Errors of `link(2)` that mean the file system has no hard links (FAT, exFAT, some FUSE or SMB mounts). */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS']);

/**
 * Moves `from` to `to` unless something is at `to`: a hard link, which fails with `EEXIST` rather
 * than replace, then the unlink of `from`. Returns false (and leaves `from` where it is) when `to`
 * exists. Where the file system has no hard links it looks, then renames: the one case where a
 * file created at `to` between the two could still be replaced (RELIABILITY.md section 9).
 */
export function moveNoReplace(from: string, to: string): boolean {
  try {
    linkSync(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code === 'EEXIST') return false;
    if (!NO_HARD_LINKS.has(code)) throw error;
    if (exists(to)) return false;
    renameSync(from, to);
    return true;
  }
  rmSync(from);
  return true;
}

/** Whether anything (a dangling link too) is at `file`. */
export function exists(file: string): boolean {
  try {
    lstatSync(file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/** Device and inode of what is at `file` itself (a link is not followed), or `undefined`. */
export function identityAt(file: string): string | undefined {
  try {
    const stats = lstatSync(file, { bigint: true });
    return `${stats.dev}:${stats.ino}`;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
