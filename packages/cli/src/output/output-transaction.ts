import path from 'node:path';
import type { GeneratedFile } from '@uibuilder-codegen/emit';
import { applyPlan, type ApplyOptions } from './apply-plan.js';
import { JOURNAL_FILE } from './journal.js';
import { knownGeneratedFiles } from './manifest-entries.js';
import { MANIFEST_FILE, parseManifest } from './manifest.js';
import { acquireOutDirLock } from './out-dir-lock.js';
import { planOutput, type OutputPlan } from './plan-output.js';
import { explainFsError, readRegularFile } from './read-regular-file.js';
import { recoverBackups } from './recover-backups.js';
import { resolveInsideRoot, rootRelativePath } from './safe-path.js';

/** What {@link planAndWrite} needs. */
export interface OutputTransaction {
  readonly root: string;
  readonly outDir: string;
  readonly jobId: string;
  readonly files: readonly GeneratedFile[];
  /** The job file, never to be written or removed. */
  readonly jobFile: string | undefined;
  /** `write` plans and writes under the lock; the others only plan. */
  readonly write: boolean;
  /** How long to wait for another run's lock. */
  readonly lockTimeoutMs: number;
}

/**
 * Plans the output against the disk and, when `write`, applies it, with the component directory's
 * lock held from before the manifest is read until the last rename: the state a plan is made from
 * cannot change under it by another run (an editor can: `applyPlan` re-checks each file). The
 * manifest and the journal an interrupted run left are read as untrusted input.
 */
export async function planAndWrite(
  input: OutputTransaction,
  options: Omit<ApplyOptions, 'force'> & { readonly force: boolean },
): Promise<OutputPlan> {
  const { root, outDir } = input;
  const manifestPath = resolveInsideRoot(root, outDir, MANIFEST_FILE);
  const lock = input.write
    ? await acquireOutDirLock(path.dirname(manifestPath), {
        timeoutMs: input.lockTimeoutMs,
        ...(options.signal ? { signal: options.signal } : {}),
      }).catch((error: unknown) => {
        if (options.signal?.aborted) throw error;
        throw explainFsError(error, rootRelativePath(root, path.dirname(manifestPath)));
      })
    : undefined;
  try {
    const shown = rootRelativePath(root, manifestPath);
    const journalPath = path.join(path.dirname(manifestPath), JOURNAL_FILE);
    const journalShown = rootRelativePath(root, journalPath);
    const current = readRegularFile(manifestPath, shown)?.text;
    const manifest = parseManifest(current, shown);
    const journal = parseManifest(readRegularFile(journalPath, journalShown)?.text, journalShown);
    const { known, warnings } = knownGeneratedFiles({
      root,
      outDir,
      jobFile: input.jobFile,
      sources: [
        { shown, manifest },
        { shown: journalShown, manifest: journal },
      ],
    });
    // A run killed while it swapped a file left it aside: put it back before the plan looks.
    const recovered = input.write
      ? recoverBackups({
          root,
          outDir,
          paths: [...input.files.map((f) => f.path), ...known.keys()],
          known,
        })
      : [];
    const plan = planOutput({
      root,
      outDir,
      jobId: input.jobId,
      previousJobId: manifest.jobId,
      files: input.files,
      known,
      jobFile: input.jobFile,
    });
    if (input.write) {
      await applyPlan(
        plan,
        {
          path: manifestPath,
          current,
          journalFound: Object.keys(journal.files).length > 0,
        },
        options,
      );
    }
    return { ...plan, warnings: [...warnings, ...recovered, ...plan.warnings] };
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw explainFsError(error, 'the output');
  } finally {
    lock?.release();
  }
}
