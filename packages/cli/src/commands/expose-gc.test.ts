import { afterEach, describe, expect, it } from 'vitest';
import { exposeGc } from './expose-gc.js';

const host = globalThis as { gc?: () => void };
const original = host.gc;
afterEach(() => {
  if (original === undefined) delete host.gc;
  else host.gc = original;
});

/** Allocates about 60 MB that is unreachable once it returns, and the heap size it reached. */
function makeGarbage(): number {
  const garbage = Array.from({ length: 200_000 }, (_, i) => `item ${i} `.repeat(20));
  return process.memoryUsage().heapUsed + garbage.length * 0;
}

describe('exposeGc (the CLI process only)', () => {
  it('gives the process a gc that frees unreachable memory', () => {
    delete host.gc;
    exposeGc();
    // Read afresh: after `delete`, TypeScript would take `host.gc` for undefined.
    const gc = (globalThis as { gc?: () => void }).gc;
    expect(typeof gc).toBe('function');
    gc?.();
    const before = process.memoryUsage().heapUsed;
    const grown = makeGarbage();
    expect(grown - before).toBeGreaterThan(20_000_000);
    gc?.();
    expect(process.memoryUsage().heapUsed).toBeLessThan(before + (grown - before) / 4);
  });

  it('keeps a gc the host already exposes', () => {
    const own = () => undefined;
    host.gc = own;
    exposeGc();
    expect(host.gc).toBe(own);
  });
});
