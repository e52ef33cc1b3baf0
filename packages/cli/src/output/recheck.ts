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
 * A save after this check is caught by `replaceFile`, which compares the replaced file after the
 * fact; a directory swapped after it is not (Node has no `renameat`; RELIABILITY.md section 9).
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
 * The content half of the re-check (see {@link recheckDirectory}): when the file's stamp (identity,
 * size, times) is still the one the plan read, that is enough here, for `replaceFile` compares the
 * contents again after the replacement anyway; otherwise reads the file again and compares its
 * hash with the plan's (a `touch` or a checkout of the same bytes is no change). Returns the stamp,
 * for {@link confirmUnchanged} to compare a moment later.
 */
export function recheckContents(file: PlannedFile): string | undefined {
  const stamp = stampAt(file.absolutePath);
  if (stamp !== undefined && stamp === file.currentStamp) return stamp;
  const now = readRegularFile(file.absolutePath, file.rootPath);
  const hash = now === undefined ? undefined : contentHash(normalizeLineEndings(now.text));
  if (hash !== file.currentHash) throw changedWhileWriting(file);
  return now?.stamp;
}

/** Throws when the file is no longer exactly what {@link recheckContents} saw (`stamp`). */
export function confirmUnchanged(file: PlannedFile, stamp: string | undefined): void {
  if (stampAt(file.absolutePath) !== stamp) throw changedWhileWriting(file);
}

/** The stamp of the file at `file`, through a link as reads go (`undefined` when absent). */
function stampAt(file: string): string | undefined {
  try {
    return stampOf(statSync(file, { bigint: true }));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    return undefined;
  }
}

/**
 * The refusal when a file changed under the write (exit 5). `kept` are backups that could not go
 * back because an even newer save was at the file: they hold an earlier edit, and are named.
 */
export function changedWhileWriting(file: PlannedFile, kept: readonly string[] = []): OutputError {
  const dir = path.posix.dirname(file.rootPath);
  const shown = kept.map((k) => path.posix.join(dir, path.basename(k)));
  const keptNote =
    shown.length === 0 ? '' : `; an earlier version of it is kept in ${shown.join(' and ')}`;
  return new OutputError(
    `${file.rootPath} changed while uibuilder-codegen was writing, so it was left as it is${keptNote}`,
    {
      files: [file.rootPath, ...shown],
      hint: 'Nothing of yours was overwritten; the files written so far are complete. Run again once the edit is saved (a hand edit needs --force to be replaced).',
    },
  );
}
