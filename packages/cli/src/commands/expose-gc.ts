import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Gives the CLI's own process a global `gc`, for the one collection `generate()` asks for after
 * emitting a large output (`api/collect-garbage.ts`). The library never touches V8's flags; the
 * CLI owns its process and may. The flag is set on the first call only (runs with small outputs
 * never pay for it): `--expose-gc` set at run time exposes `gc` to new contexts, which is where
 * it is taken from. If that fails, the call does nothing: collection is an optimisation.
 */
export function exposeGc(): void {
  if (typeof (globalThis as { gc?: unknown }).gc === 'function') return;
  let collect: (() => void) | undefined;
  (globalThis as { gc?: () => void }).gc = () => {
    collect ??= obtainGc();
    collect();
  };
}

function obtainGc(): () => void {
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    if (typeof gc === 'function') return gc as () => void;
  } catch {
    // Fall through: without gc, memory is only higher.
  }
  return () => undefined;
}
