import { readFileSync, rmSync } from 'node:fs';
import { OutputError } from '@uibuilder-codegen/transform';
import { HAND_EDITED_RESOLUTION, handEditedMessage } from './hand-edits.js';
import type { OutputPlan } from './plan-output.js';
import { renderManifest } from './manifest.js';
import { removeStaleTemporaries, writeFileAtomic } from './write-atomic.js';

/**
 * Refuses hand-edited files unless `force`, then writes changed files (each atomically), removes
 * stale ones, and writes the manifest last; then removes temporary files a killed run left behind.
 * Stops between files once `signal` fires.
 */
export function applyPlan(
  plan: OutputPlan,
  options: { force: boolean; signal?: AbortSignal },
): void {
  const conflicts = plan.files.filter((f) => f.editedByHand && f.status !== 'unchanged');
  if (conflicts.length > 0 && !options.force) {
    const names = conflicts.map((f) => f.rootPath);
    throw new OutputError(handEditedMessage(names), { files: names, hint: HAND_EDITED_RESOLUTION });
  }
  try {
    for (const file of plan.files) {
      options.signal?.throwIfAborted();
      if (file.status === 'created' || file.status === 'updated') {
        writeFileAtomic(file.absolutePath, file.contents ?? '');
      } else if (file.status === 'removed') {
        rmSync(file.absolutePath, { force: true });
      }
    }
    options.signal?.throwIfAborted();
    const manifest = renderManifest(plan.manifest);
    if (readIfExists(plan.manifestPath) !== manifest) writeFileAtomic(plan.manifestPath, manifest);
    removeStaleTemporaries([...plan.files.map((f) => f.absolutePath), plan.manifestPath]);
  } catch (error) {
    if (error instanceof OutputError) throw error;
    if ((error as Error).name === 'AbortError') {
      throw new OutputError('Cancelled; every file written so far is complete', {
        hint: 'Run the command again to finish.',
        cause: error,
      });
    }
    throw new OutputError(`Could not write the output: ${(error as Error).message}`, {
      hint: 'Check permissions and free space, then run again.',
      cause: error,
    });
  }
}

function readIfExists(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
