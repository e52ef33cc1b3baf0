import { describe, expect, it } from 'vitest';
import { collectGarbage } from './collect-garbage.js';

/** Allocates about 60 MB that is unreachable once it returns, and the heap size it reached. */
function makeGarbage(): number {
  const garbage = Array.from({ length: 200_000 }, (_, i) => `item ${i} `.repeat(20));
  return process.memoryUsage().heapUsed + garbage.length * 0;
}

describe('collectGarbage', () => {
  it('frees unreachable memory', () => {
    collectGarbage();
    const before = process.memoryUsage().heapUsed;
    const grown = makeGarbage();
    expect(grown - before).toBeGreaterThan(20_000_000);
    collectGarbage();
    expect(process.memoryUsage().heapUsed).toBeLessThan(before + (grown - before) / 4);
  });
});
