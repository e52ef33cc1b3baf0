import { BANNER_NOTICE, type GeneratedFile } from '@uibuilder-codegen/emit';
import { diagnostic, OutputError, type Diagnostic } from '@uibuilder-codegen/core';
import path from 'node:path';
import type { FileStatus } from '../api/options.js';
import { contentHash, normalizeLineEndings, type Manifest } from './manifest.js';
import { protectedReason } from './protected-paths.js';
import { readRegularFile } from './read-regular-file.js';
import { projectedRealPath, resolveInsideRoot, rootRelativePath } from './safe-path.js';

/** How far into a file its banner is looked for (a prettier pragma may come first). */
const BANNER_SEARCH = 1024;

/**
 * The banner of what UI Builder renders (`--components`): those files are written from the job's
 * asset as AWS made them, so theirs is the banner a stale component file carries.
 */
const STUDIO_BANNER_NOTICE = 'The contents of this file were generated with Amplify Studio.';

/** Whether `text` starts with our banner or, for a component from the job's asset, Amplify Studio's. */
function carriesGeneratedBanner(text: string): boolean {
  const head = text.slice(0, BANNER_SEARCH);
  return head.includes(BANNER_NOTICE) || head.includes(STUDIO_BANNER_NOTICE);
}

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
  /** The hash of {@link current}: the write re-checks it just before replacing the file. */
  readonly currentHash: string | undefined;
  /** The file's stamp (identity, size, times) as the plan read it: a cheap first re-check. */
  readonly currentStamp: string | undefined;
  /** The real path the file's directory has (or will have once created): re-checked too. */
  readonly realDirectory: string;
  /** On disk, differs from every content we generated there (or was never ours): a hand edit. */
  readonly editedByHand: boolean;
}

/** Every generated and stale file, sorted by root path, plus the manifests to write. */
export interface OutputPlan {
  readonly files: readonly PlannedFile[];
  /** What this run generated: the manifest to write last. */
  readonly manifest: Manifest;
  /**
   * The earlier generated files still on disk as we wrote them, each with its current hash: what an
   * interrupted run leaves recognisable without its journal (see `applyPlan`).
   */
  readonly recovered: Manifest;
  /** Stale files left in place because their contents are not what we wrote, and the like. */
  readonly warnings: readonly Diagnostic[];
}

/**
 * Compares the generated files with the disk and with `known`, the hashes earlier runs wrote
 * (validated manifest and journal entries). Refuses (throws `OutputError`) before anything is
 * written: paths outside the root, paths that must never be written (the job file, a config file,
 * a state file, `.git`), and anything but a regular file where a file goes. A stale file is removed
 * only when its contents are exactly what we wrote; otherwise it is kept, with a warning.
 */
export function planOutput(input: {
  readonly root: string;
  readonly outDir: string;
  readonly jobId: string;
  readonly previousJobId: string;
  readonly files: readonly GeneratedFile[];
  readonly known: ReadonlyMap<string, ReadonlySet<string>>;
  readonly jobFile: string | undefined;
}): OutputPlan {
  const { root, outDir, known } = input;
  const planned: PlannedFile[] = [];
  const warnings: Diagnostic[] = [];
  const hashes: Record<string, string> = {};
  const recovered: Record<string, string> = {};
  const generatedPaths = new Set<string>();
  const generatedIdentities = new Set<string>();
  for (const file of input.files) {
    generatedPaths.add(file.path);
    const absolutePath = resolveInsideRoot(root, outDir, file.path);
    const rootPath = rootRelativePath(root, absolutePath);
    const reason = protectedReason(absolutePath, rootPath, input.jobFile);
    if (reason !== undefined) {
      throw new OutputError(`Refusing to write ${rootPath}: it ${reason}`, {
        files: [rootPath],
        hint: 'Choose another path in the job renderConfig (or --appsync-schema).',
      });
    }
    const read = readRegularFile(absolutePath, rootPath);
    if (read) generatedIdentities.add(read.identity);
    const current = read && normalizeLineEndings(read.text);
    const currentHash = current === undefined ? undefined : contentHash(current);
    hashes[file.path] = contentHash(file.contents);
    const status: FileStatus =
      current === undefined ? 'created' : current === file.contents ? 'unchanged' : 'updated';
    const ours = currentHash !== undefined && known.get(file.path)?.has(currentHash) === true;
    if (ours && currentHash !== undefined) recovered[file.path] = currentHash;
    planned.push({
      outPath: file.path,
      rootPath,
      absolutePath,
      status,
      contents: file.contents,
      current,
      currentHash,
      currentStamp: read?.stamp,
      realDirectory: projectedRealPath(path.dirname(absolutePath)),
      editedByHand: status === 'updated' && !ours,
    });
  }
  for (const [outPath, ourHashes] of known) {
    if (generatedPaths.has(outPath)) continue;
    const absolutePath = resolveInsideRoot(root, outDir, outPath);
    const rootPath = rootRelativePath(root, absolutePath);
    const read = readRegularFile(absolutePath, rootPath);
    // Absent, or another name for a file generated now (a case-insensitive file system, a link).
    if (read === undefined || generatedIdentities.has(read.identity)) continue;
    const current = normalizeLineEndings(read.text);
    const currentHash = contentHash(current);
    // Removal needs both: the contents we wrote, and our banner near the top (a manifest entry
    // with the hash of a file of the user's, committed by someone else, deletes nothing).
    if (!ourHashes.has(currentHash) || !carriesGeneratedBanner(current)) {
      warnings.push(keptStaleFile(rootPath));
      continue;
    }
    recovered[outPath] = currentHash;
    planned.push({
      outPath,
      rootPath,
      absolutePath,
      status: 'removed',
      contents: undefined,
      current,
      currentHash,
      currentStamp: read.stamp,
      realDirectory: projectedRealPath(path.dirname(absolutePath)),
      editedByHand: false,
    });
  }
  planned.sort((a, b) => (a.rootPath < b.rootPath ? -1 : a.rootPath > b.rootPath ? 1 : 0));
  return {
    files: planned,
    manifest: { jobId: input.jobId, files: hashes },
    recovered: { jobId: input.previousJobId, files: recovered },
    warnings,
  };
}

function keptStaleFile(rootPath: string): Diagnostic {
  return diagnostic('StaleFileKept', rootPath, { file: rootPath });
}
