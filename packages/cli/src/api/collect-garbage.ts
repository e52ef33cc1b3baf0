/**
 * A full garbage collection between emitting and writing a large output. Emitting 5,000 models
 * leaves hundreds of megabytes of garbage (the schema document, every operation's tree) that V8
 * collects only when the heap grows further, and hashing and writing the files, which copy each
 * one, make it grow: peak RSS at maxDepth 3 was 935 MB, 400 MB of it garbage. Collected before
 * those copies, the peak is the emit stage's own (740 MB). It costs a few hundred milliseconds, so
 * it runs only for large outputs.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** From this many characters of output on, the garbage is collected after emitting. */
export const COLLECT_AFTER_BYTES = 32_000_000;

let collect: (() => void) | undefined;

/**
 * Runs a full collection. `gc` is not exposed without `--expose-gc`; the flag, set now, exposes it
 * to new contexts, which is where it is taken from. If that ever fails, nothing happens.
 */
export function collectGarbage(): void {
  collect ??= exposedGc();
  collect();
}

function exposedGc(): () => void {
  const global = (globalThis as { gc?: unknown }).gc;
  if (typeof global === 'function') return global as () => void;
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    if (typeof gc === 'function') return gc as () => void;
  } catch {
    // Fall through: collection is an optimisation, never a requirement.
  }
  return () => undefined;
}
