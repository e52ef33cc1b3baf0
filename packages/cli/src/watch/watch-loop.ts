import type { GenerateOptions } from '../api/options.js';
import { createChangeQueue } from './change-queue.js';
import { createDirectoryWatchers } from './directory-watchers.js';
import { createGenerationSession, type RunOutcome } from './generation-session.js';

/**
 * `generate --watch`: generates, then regenerates each time the config file, the job file or
 * another input changes (debounced, one `generate()` at a time), until `signal` fires. Resolves
 * once the watchers are closed and the run in flight (which the signal also cancels) has ended.
 * Rejects with the first run's error when that run failed with nothing to watch.
 */
export async function watchAndGenerate(
  options: GenerateOptions & { readonly signal: AbortSignal },
  onOutcome: (outcome: RunOutcome) => void,
  debounceMs?: number,
): Promise<void> {
  const session = createGenerationSession(options);
  // The inputs can change with each run (the config file may now name another job file). A run
  // is reported only once its inputs are watched, and an input saved while it was not yet
  // watched (during the first run, say) is queued as a change.
  const report = async (outcome: RunOutcome) => {
    if (options.signal.aborted) return;
    const missed = await watchers.watchFilesOf(outcome.inputs, outcome.startedAt);
    onOutcome(outcome);
    for (const file of missed) queue.notify(file);
  };
  const queue = createChangeQueue(session, report, debounceMs);
  const watchers = createDirectoryWatchers((file) => queue.notify(file));
  const first = await session.run();
  if (!first.ok && first.inputs.length === 0) {
    // Nothing to watch (no job, no config file): waiting could never end well.
    await watchers.close();
    throw first.error;
  }
  await report(first);
  await new Promise<void>((resolve) => {
    if (options.signal.aborted) resolve();
    else options.signal.addEventListener('abort', () => resolve(), { once: true });
  });
  await watchers.close();
  await queue.close();
}
