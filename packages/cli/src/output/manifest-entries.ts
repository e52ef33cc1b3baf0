import path from 'node:path';
import { diagnostic, escapePointerSegment, type Diagnostic } from '@uibuilder-codegen/core';
import type { Manifest } from './manifest.js';
import { protectedReason } from './protected-paths.js';
import { resolveInsideRoot, rootRelativePath } from './safe-path.js';

/** The longest manifest key acted on; generated paths are short. */
const MAX_KEY_LENGTH = 1024;

/**
 * The extensions of every file uibuilder-codegen writes: ours (the AppSync schema's included) and
 * the React components of the job's asset (`--components`).
 */
const GENERATED_EXTENSION = /\.(?:ts|js|tsx|jsx|graphql|gqls?|graphqls)$/;

/** Where the entries being checked came from, for warnings. */
export interface StateSource {
  /** Root-relative name of the manifest or journal. */
  readonly shown: string;
  readonly manifest: Manifest;
}

/**
 * The files earlier runs generated, as far as their manifest and journal may be believed: for each
 * path (relative to the component directory) the hashes of the contents we wrote there. The
 * manifest is committed with the output, so it is input, not authority: an entry counts only if it
 * names, in its normal form, a path a run could have generated (a generated file's extension,
 * inside the root, not through a link that leaves it, not the job file, a config file, a state file
 * or anything under `.git` or `node_modules`). Every other entry is ignored with a warning.
 */
export function knownGeneratedFiles(input: {
  readonly root: string;
  readonly outDir: string;
  readonly jobFile: string | undefined;
  readonly sources: readonly StateSource[];
}): { known: Map<string, Set<string>>; warnings: Diagnostic[] } {
  const known = new Map<string, Set<string>>();
  const warnings: Diagnostic[] = [];
  for (const { shown, manifest } of input.sources) {
    for (const [key, hash] of Object.entries(manifest.files)) {
      const why = whyNotGenerated(key, input);
      if (why !== undefined) {
        warnings.push(ignoredEntry(shown, key, why));
        continue;
      }
      const hashes = known.get(key) ?? new Set<string>();
      hashes.add(hash);
      known.set(key, hashes);
    }
  }
  return { known, warnings };
}

function whyNotGenerated(
  key: string,
  input: { readonly root: string; readonly outDir: string; readonly jobFile: string | undefined },
): string | undefined {
  if (key.length === 0 || key.length > MAX_KEY_LENGTH) return 'it is empty or too long';
  if (key.includes('\0') || key.includes('\\') || path.isAbsolute(key)) {
    return 'it is not a relative POSIX path';
  }
  if (path.posix.normalize(key) !== key || key.endsWith('/') || key.split('/').includes('.')) {
    return `it is not in normal form (${JSON.stringify(path.posix.normalize(key))})`;
  }
  if (!GENERATED_EXTENSION.test(key)) return 'uibuilder-codegen never writes a file of that kind';
  let absolute: string;
  try {
    absolute = resolveInsideRoot(input.root, input.outDir, key);
  } catch {
    return 'it leaves the root (by its path or through a symbolic link)';
  }
  const reason = protectedReason(absolute, rootRelativePath(input.root, absolute), input.jobFile);
  return reason === undefined ? undefined : `it ${reason}`;
}

function ignoredEntry(shown: string, key: string, why: string): Diagnostic {
  return diagnostic('ManifestEntryIgnored', `/files/${escapePointerSegment(key)}`, {
    manifest: shown,
    key,
    reason: why,
  });
}
