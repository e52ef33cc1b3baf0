import { rmSync, statSync } from 'node:fs';
import { identityAt, moveAside, moveNoReplace } from './backup-files.js';
import { contentHash, normalizeLineEndings } from './manifest.js';
import type { PlannedFile } from './plan-output.js';
import { readRegularFile, stampOf } from './read-regular-file.js';
import {
  changedWhileWriting,
  confirmUnchanged,
  recheckContents,
  recheckDirectory,
} from './recheck.js';
import { writeTemporary } from './write-atomic.js';

/**
 * The moments of {@link replaceFile} a concurrent writer can race: the new contents are in a
 * temporary file (`temporary`); the target passed its re-check (`checked`); the target was renamed
 * to its backup (`aside`); the new file is in place and the backup not yet checked (`installed`).
 */
export type WriteStep = 'temporary' | 'checked' | 'aside' | 'installed';

/** Called at each {@link WriteStep}: tests write there deterministically, as an editor would. */
export type WriteStepHook = (file: PlannedFile, step: WriteStep) => void;

/**
 * Writes or removes one planned file without ever overwriting or deleting contents the plan did
 * not see. After the re-check, an existing target is renamed to a backup (atomic: a save from now
 * on makes a new file at the target), the new file is installed with a hard link (which fails
 * rather than replace a file saved meanwhile), and only then is the backup compared with the plan:
 * if it holds the plan's contents and was not written to while it was read (an editor holding it
 * open), it is removed; anything else goes back to the target and the run stops (`OutputError`,
 * exit 5). A removal is the same without the install. Why this order: docs/decisions.md.
 */
export function replaceFile(file: PlannedFile, onStep?: WriteStepHook): void {
  recheckDirectory(file);
  if (file.status === 'removed') {
    confirmUnchanged(file, recheckContents(file));
    onStep?.(file, 'checked');
    const backup = moveAside(file.absolutePath);
    if (backup === undefined) return;
    onStep?.(file, 'aside');
    settleBackup(file, backup, undefined);
    return;
  }
  const temporary = writeTemporary(file.absolutePath, file.contents ?? '');
  try {
    onStep?.(file, 'temporary');
    recheckDirectory(file);
    confirmUnchanged(file, recheckContents(file));
    onStep?.(file, 'checked');
    install(file, temporary, onStep);
  } finally {
    rmSync(temporary, { force: true });
  }
}

function install(file: PlannedFile, temporary: string, onStep: WriteStepHook | undefined): void {
  const ours = identityAt(temporary);
  const backup = file.currentHash === undefined ? undefined : moveAside(file.absolutePath);
  // Deleted since the re-check: not ours to recreate without a new plan.
  if (file.currentHash !== undefined && backup === undefined) throw changedWhileWriting(file);
  let installed: boolean;
  try {
    if (backup !== undefined) onStep?.(file, 'aside');
    installed = moveNoReplace(temporary, file.absolutePath);
  } catch (error) {
    // An I/O error with the file set aside: it goes back before the error is reported.
    if (backup !== undefined) putBack(file, backup, undefined);
    throw error;
  }
  if (!installed) {
    // Saved after the backup was taken: theirs stays, and the backup is settled like any other.
    if (backup !== undefined) settleBackup(file, backup, undefined);
    throw changedWhileWriting(file);
  }
  if (backup === undefined) return;
  try {
    onStep?.(file, 'installed');
  } finally {
    settleBackup(file, backup, ours);
  }
}

/**
 * Removes `backup` when it holds exactly what the plan read and was not written to since;
 * otherwise (an edit saved after the re-check, or written through a file handle opened before the
 * rename) puts it back at the target, moving `ours` (the identity of the file installed from this
 * run, if any) out of the way, and throws. Whatever cannot go back is kept, and named.
 */
function settleBackup(file: PlannedFile, backup: string, ours: string | undefined): void {
  let intact: boolean;
  try {
    intact = holdsPlannedContents(file, backup);
  } catch (error) {
    putBack(file, backup, ours);
    throw error;
  }
  if (intact) {
    rmSync(backup, { force: true });
    return;
  }
  throw changedWhileWriting(file, putBack(file, backup, ours));
}

function holdsPlannedContents(file: PlannedFile, backup: string): boolean {
  const read = readRegularFile(backup, file.rootPath);
  if (read === undefined) return true;
  if (contentHash(normalizeLineEndings(read.text)) !== file.currentHash) return false;
  // A writer holding the old file open writes to the backup: the stamp shows it.
  return stampOf(statSync(backup, { bigint: true })) === read.stamp;
}

/**
 * Puts `backup` back at the target, first moving our installed file (`ours`) aside and deleting it
 * if it is still exactly ours. Returns the files that had to be kept (a newer save was at the
 * target), for the message.
 */
function putBack(file: PlannedFile, backup: string, ours: string | undefined): string[] {
  const target = file.absolutePath;
  if (ours !== undefined) {
    const displaced = moveAside(target);
    if (displaced !== undefined && !isOurs(displaced, ours, file.contents ?? '')) {
      // Someone saved over our file too: theirs is the newest, and goes back first.
      if (!moveNoReplace(displaced, target)) return [displaced, backup];
      return [backup];
    }
    if (displaced !== undefined) rmSync(displaced, { force: true });
  }
  return moveNoReplace(backup, target) ? [] : [backup];
}

function isOurs(file: string, identity: string, contents: string): boolean {
  if (identityAt(file) !== identity) return false;
  const read = readRegularFile(file, file);
  return (
    read !== undefined && contentHash(normalizeLineEndings(read.text)) === contentHash(contents)
  );
}
