/**
 * A full garbage collection between emitting and writing a large output, when the host allows one.
 * Emitting 5,000 models leaves hundreds of megabytes of garbage (the schema document, every
 * operation's tree) that V8 collects only when the heap grows further. Memory stays under 1 GB
 * without it (files are hashed and written in pieces, `output/text-chunks.ts`); with it the peak
 * is lower still (maxDepth 3: 740–850 MB against 860–880 MB). The library never changes V8's flags
 * of the process it runs in (a build tool's, say): it calls `gc` only when the host exposes it
 * (`node --expose-gc`), as the CLI does for its own process (`commands/expose-gc.ts`).
 */

/** From this many characters of output on, the garbage is collected after emitting. */
export const COLLECT_AFTER_BYTES = 32_000_000;

/** Runs a full collection if the process exposes `gc`; otherwise nothing happens. */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: unknown }).gc;
  if (typeof gc === 'function') (gc as () => void)();
}
