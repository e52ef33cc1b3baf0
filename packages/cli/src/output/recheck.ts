import path from 'node:path';
import { OutputError } from '@uibuilder-codegen/core';
import { contentHash, normalizeLineEndings } from './manifest.js';
import type { PlannedFile } from './plan-output.js';
import { statSync } from 'node:fs';
import { readRegularFile, stampOf } from './read-regular-file.js';
import { projectedRealPath } from './safe-path.js';

/**
 * Checks, just before a file is replaced or removed, that what the plan saw still holds: the
 * file's directory has the same real path (no directory on the way was swapped for a link, which
 * could send the write outside the root), and the file holds what the plan read (an editor that
 * saved in the meantime is not overwritten). Throws an `OutputError` (exit 5) otherwise.
 *
 * What remains is the moment between this check and the rename: Node has no `renameat`, so the
 * check narrows the window to a few system calls; it cannot close it (RELIABILITY.md).
 */
export function recheckDirectory(file: PlannedFile): void {
  let real: string | undefined;
  try {
    real = projectedRealPath(path.dirname(file.absolutePath));
  } catch {
    real = undefined;
  }
  if (real !== file.realDirectory) {
    throw new OutputError(
      `The directory of ${file.rootPath} changed while uibuilder-codegen was writing (now ${real ?? 'unreachable'}); nothing was written there`,
      {
        files: [file.rootPath],
        hint: 'Something replaced a directory on its path (with a symbolic link?). Check the tree, then run again.',
      },
    );
  }
}

/**
 * The content half of the re-check (see {@link recheckDirectory}): reads the file again and
 * compares its hash with the plan's. Returns the file's stamp (identity, size, times) as read, for
 * {@link confirmUnchanged} to compare a moment before the rename: reading and hashing a large file
 * takes milliseconds, a `stat` microseconds.
 */
export function recheckContents(file: PlannedFile): string | undefined {
  const now = readRegularFile(file.absolutePath, file.rootPath);
  const hash = now === undefined ? undefined : contentHash(normalizeLineEndings(now.text));
  if (hash !== file.currentHash) throw changedWhileWriting(file);
  return now?.stamp;
}

/** Throws when the file is no longer exactly what {@link recheckContents} read (`stamp`). */
export function confirmUnchanged(file: PlannedFile, stamp: string | undefined): void {
  let now: string | undefined;
  try {
    // Through a link, as the read was: the stamp is the file's, not the link's.
    now = stampOf(statSync(file.absolutePath, { bigint: true }));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    now = undefined;
  }
  if (now !== stamp) throw changedWhileWriting(file);
}

function changedWhileWriting(file: PlannedFile): OutputError {
  return new OutputError(
    `${file.rootPath} changed while uibuilder-codegen was writing, so it was left as it is`,
    {
      files: [file.rootPath],
      hint: 'Nothing of yours was overwritten; the files written so far are complete. Run again once the edit is saved (a hand edit needs --force to be replaced).',
    },
  );
}
