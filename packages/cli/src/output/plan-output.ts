import { readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import type { GeneratedFile } from '@uibuilder-codegen/emit';
import type { FileStatus } from '../api/options.js';
import { contentHash, MANIFEST_FILE, normalizeLineEndings, type Manifest } from './manifest.js';
import { isInside, resolveInsideRoot } from './safe-path.js';

/** One file's fate, decided before anything is written. */
export interface PlannedFile {
  /** Relative to the component directory, as emit gave it (the manifest key). */
  readonly outPath: string;
  /** Relative to the root, POSIX. */
  readonly rootPath: string;
  readonly absolutePath: string;
  readonly status: FileStatus;
  /** The new contents (`undefined` for removed files). */
  readonly contents: string | undefined;
  /** What is on disk now, LF-normalised (`undefined` when absent). */
  readonly current: string | undefined;
  /** On disk, differs from what we generated last time (or was never ours): a hand edit. */
  readonly editedByHand: boolean;
}

/** Every generated and stale file, sorted by root path, plus the manifest to write. */
export interface OutputPlan {
  readonly files: readonly PlannedFile[];
  readonly manifest: Manifest;
  readonly manifestPath: string;
}

/**
 * Compares the generated files with the disk and the last manifest. Refuses paths outside the
 * root (throws `OutputError`) before anything is written.
 */
export function planOutput(input: {
  readonly root: string;
  readonly outDir: string;
  readonly jobId: string;
  readonly files: readonly GeneratedFile[];
  readonly previous: Manifest;
}): OutputPlan {
  const { root, outDir, previous } = input;
  const planned: PlannedFile[] = [];
  const hashes: Record<string, string> = {};
  const generatedPaths = new Set<string>();
  for (const file of input.files) {
    generatedPaths.add(file.path);
    const absolutePath = resolveInsideRoot(root, outDir, file.path);
    const current = readText(absolutePath);
    hashes[file.path] = contentHash(file.contents);
    const status: FileStatus =
      current === undefined ? 'created' : current === file.contents ? 'unchanged' : 'updated';
    planned.push({
      outPath: file.path,
      rootPath: toRootPath(root, absolutePath),
      absolutePath,
      status,
      contents: file.contents,
      current,
      editedByHand:
        status === 'updated' && previous.files[file.path] !== contentHash(current ?? ''),
    });
  }
  for (const [outPath, hash] of Object.entries(previous.files)) {
    if (generatedPaths.has(outPath)) continue;
    const absolutePath = resolveInsideRoot(root, outDir, outPath);
    const current = readText(absolutePath);
    if (current === undefined) continue;
    planned.push({
      outPath,
      rootPath: toRootPath(root, absolutePath),
      absolutePath,
      status: 'removed',
      contents: undefined,
      current,
      editedByHand: contentHash(current) !== hash,
    });
  }
  planned.sort((a, b) => (a.rootPath < b.rootPath ? -1 : a.rootPath > b.rootPath ? 1 : 0));
  return {
    files: planned,
    manifest: { jobId: input.jobId, files: hashes },
    manifestPath: resolveInsideRoot(root, outDir, MANIFEST_FILE),
  };
}

function readText(file: string): string | undefined {
  try {
    return normalizeLineEndings(readFileSync(file, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function toRootPath(root: string, absolutePath: string): string {
  // The root may be a link and the out dir its real path (see resolveInsideRoot).
  const base = isInside(root, absolutePath) ? root : realpathSync(root);
  return path.relative(base, absolutePath).split(path.sep).join('/');
}
