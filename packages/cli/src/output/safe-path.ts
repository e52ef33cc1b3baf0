import { existsSync, lstatSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { OutputError } from '@uibuilder-codegen/core';

/**
 * Resolves a generated file's path (relative to the component directory) to an absolute path and
 * refuses, with an `OutputError` (exit 5), anything that would land outside `root`: `..` that
 * climbs out, absolute paths, NUL bytes, backslashes, and symbolic links (the file itself or any
 * directory on the way) that point outside the root.
 */
export function resolveInsideRoot(root: string, outDir: string, relativePath: string): string {
  if (relativePath.includes('\0') || relativePath.includes('\\') || path.isAbsolute(relativePath)) {
    throw refuse(relativePath, 'is not a relative POSIX path');
  }
  const absolute = path.resolve(outDir, relativePath);
  const realRoot = realpathSync(root);
  // A root given through a link (`--root /link`) while the cwd, and so the out dir, is the real
  // path (the OS resolves the cwd) is the same directory: inside either spelling is inside.
  if (!isInside(root, absolute) && !isInside(realRoot, absolute)) {
    throw refuse(relativePath, `resolves to ${absolute}`);
  }
  // The file itself may be a link; so may any directory above it.
  let probe = absolute;
  while (!existsSync(probe) && !isSymlink(probe)) probe = path.dirname(probe);
  if (isSymlink(probe) && !existsSync(probe)) {
    throw refuse(relativePath, `goes through a dangling symbolic link (${probe})`);
  }
  const real = realpathSync(probe);
  if (!isInside(realRoot, real)) {
    throw refuse(relativePath, `goes through a symbolic link to ${real}`);
  }
  return absolute;
}

/** `absolute` relative to the root, POSIX; the root may be spelled through a link (see above). */
export function rootRelativePath(root: string, absolute: string): string {
  const base = isInside(root, absolute) ? root : realpathSync(root);
  return path.relative(base, absolute).split(path.sep).join('/');
}

/** True when `candidate` is `dir` or below it. */
export function isInside(dir: string, candidate: string): boolean {
  const relative = path.relative(path.resolve(dir), path.resolve(candidate));
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

function isSymlink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

function refuse(relativePath: string, why: string): OutputError {
  return new OutputError(`Refusing to write "${relativePath}": it ${why}, outside the root`, {
    files: [relativePath],
    hint: "Fix the path in the job's renderConfig, or pass a --root that contains it.",
  });
}

/**
 * The real path `dir` has, or will have once its missing directories are created: the real path of
 * its nearest existing ancestor, joined with the rest. A directory swapped for a link changes it.
 */
export function projectedRealPath(dir: string): string {
  let existing = dir;
  const rest: string[] = [];
  for (;;) {
    try {
      return path.join(realpathSync(existing), ...rest);
    } catch (error) {
      const parent = path.dirname(existing);
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || parent === existing) throw error;
      rest.unshift(path.basename(existing));
      existing = parent;
    }
  }
}
