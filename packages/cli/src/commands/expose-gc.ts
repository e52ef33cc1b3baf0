import { createRequire } from 'node:module';
import type * as V8 from 'node:v8';
import type * as Vm from 'node:vm';

// node:v8 and node:vm are loaded on the first collection only: most runs make none, and each
// builtin module costs start-up (issue 18).
const require = createRequire(import.meta.url);

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
    (require('node:v8') as typeof V8).setFlagsFromString('--expose-gc');
    const gc: unknown = (require('node:vm') as typeof Vm).runInNewContext('gc');
    if (typeof gc === 'function') return gc as () => void;
  } catch {
    // Fall through: without gc, memory is only higher.
  }
  return () => undefined;
}
