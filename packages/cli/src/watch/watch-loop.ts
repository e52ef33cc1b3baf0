import path from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import type { GenerateOptions } from '../api/options.js';
import { createChangeQueue } from './change-queue.js';
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
  // Directories, not files: an editor's save renames a new file over the old one, which ends a
  // watch on the file itself. Events for other files in them are ignored by the session.
  const watcher: FSWatcher = watch([], { ignoreInitial: true, depth: 0 });
  let watched = new Set<string>();
  // The inputs can change with each run (the config file may now name another job file).
  const report = (outcome: RunOutcome) => {
    if (options.signal.aborted) return;
    const next = new Set(outcome.inputs.map((file) => path.dirname(file)));
    watcher.unwatch([...watched].filter((dir) => !next.has(dir)));
    watcher.add([...next].filter((dir) => !watched.has(dir)));
    watched = next;
    onOutcome(outcome);
  };
  const queue = createChangeQueue(session, report, debounceMs);
  watcher.on('all', (_event, file) => queue.notify(file));
  const first = await session.run();
  if (!first.ok && first.inputs.length === 0) {
    // Nothing to watch (no job, no config file): waiting could never end well.
    await watcher.close();
    throw first.error;
  }
  report(first);
  await new Promise<void>((resolve) => {
    if (options.signal.aborted) resolve();
    else options.signal.addEventListener('abort', () => resolve(), { once: true });
  });
  await watcher.close();
  await queue.close();
}
