import path from 'node:path';
import { OutputError } from '@uibuilder-codegen/transform';
import { contentHash, normalizeLineEndings } from './manifest.js';
import type { PlannedFile } from './plan-output.js';
import { readRegularFile } from './read-regular-file.js';
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

/** The content half of the re-check: see {@link recheckDirectory}. */
export function recheckContents(file: PlannedFile): void {
  const now = readRegularFile(file.absolutePath, file.rootPath);
  const hash = now === undefined ? undefined : contentHash(normalizeLineEndings(now.text));
  if (hash !== file.currentHash) {
    throw new OutputError(
      `${file.rootPath} changed while uibuilder-codegen was writing, so it was left as it is`,
      {
        files: [file.rootPath],
        hint: 'Nothing of yours was overwritten; the files written so far are complete. Run again once the edit is saved (a hand edit needs --force to be replaced).',
      },
    );
  }
}
