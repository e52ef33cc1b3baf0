import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { OutputError } from '@uibuilder-codegen/core';
import { HAND_EDITED_RESOLUTION, handEditedMessage } from './hand-edits.js';
import { JOURNAL_FILE, removeJournal, writeJournal } from './journal.js';
import { renderManifest } from './manifest.js';
import type { OutputPlan } from './plan-output.js';
import { explainFsError } from './read-regular-file.js';
import { replaceFile, type WriteStepHook } from './replace-file.js';
import { removeStaleTemporaries, writeFileAtomic } from './write-atomic.js';

/** Options of {@link applyPlan}. */
export interface ApplyOptions {
  /** Overwrite generated files edited by hand. Never deletes anything. */
  readonly force: boolean;
  /** Stops between files once it fires. */
  readonly signal?: AbortSignal;
  /**
   * Called at each step of each file's replacement (`replaceFile`): the moments a concurrent
   * writer races. Tests use it to write there deterministically.
   */
  readonly onWriteStep?: WriteStepHook;
}

/** Where the manifest is, what it holds now, and whether a journal was found beside it. */
export interface ManifestState {
  readonly path: string;
  readonly current: string | undefined;
  readonly journalFound: boolean;
}

/**
 * Writes a plan as one transaction; the caller holds the out directory's lock. Refuses hand-edited
 * files unless `force`. Then, when anything changes: if an interrupted run left a journal, first a
 * manifest of what is on disk now (so that run's files stay recognisable); then a journal of every
 * file about to be written; then each file or removal (`replaceFile`: re-check, backup,
 * no-replace install, check of the backup), stopping between files when `signal` fires; then the manifest; then the
 * journal is removed, with temporary files that killed runs left behind.
 */
export async function applyPlan(
  plan: OutputPlan,
  manifest: ManifestState,
  options: ApplyOptions,
): Promise<void> {
  refuseHandEdits(plan, options.force);
  const changes = plan.files.filter((f) => f.status !== 'unchanged');
  const manifestText = renderManifest(plan.manifest);
  const journal = path.join(path.dirname(manifest.path), JOURNAL_FILE);
  try {
    if (changes.length > 0 || manifest.current !== manifestText) {
      if (manifest.journalFound) writeFileAtomic(manifest.path, renderManifest(plan.recovered));
      const pending = changes.filter((f) => f.status !== 'removed');
      writeJournal(journal, {
        jobId: plan.manifest.jobId,
        files: Object.fromEntries(
          pending.map((f) => [f.outPath, plan.manifest.files[f.outPath] ?? '']),
        ),
      });
      for (const file of changes) {
        // Yield, so that a signal handler can run between files: the writes themselves are sync.
        await nextTurn();
        options.signal?.throwIfAborted();
        try {
          replaceFile(file, options.onWriteStep);
        } catch (error) {
          throw explainFsError(error, file.rootPath);
        }
      }
      writeFileAtomic(manifest.path, manifestText);
    }
    removeJournal(journal);
    removeStaleTemporaries([...plan.files.map((f) => f.absolutePath), manifest.path, journal]);
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw explainFsError(error, path.basename(manifest.path));
  }
}

function refuseHandEdits(plan: OutputPlan, force: boolean): void {
  const conflicts = plan.files.filter((f) => f.editedByHand && f.status !== 'unchanged');
  if (conflicts.length === 0 || force) return;
  const names = conflicts.map((f) => f.rootPath);
  throw new OutputError(handEditedMessage(names), { files: names, hint: HAND_EDITED_RESOLUTION });
}
