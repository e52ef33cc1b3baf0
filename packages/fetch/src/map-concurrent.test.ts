import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { mapConcurrent } from './map-concurrent.js';

describe('mapConcurrent', () => {
  it('keeps the input order and never exceeds the limit', async () => {
    let inFlight = 0;
    let peak = 0;
    const result = await mapConcurrent([5, 1, 4, 2, 3, 0, 6], 3, async (value) => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      await sleep(value);
      inFlight -= 1;
      return value * 10;
    });
    expect(result).toEqual([50, 10, 40, 20, 30, 0, 60]);
    expect(peak).toBe(3);
  });

  it('rejects with the first error and starts nothing after it', async () => {
    const started: number[] = [];
    const promise = mapConcurrent([1, 2, 3, 4, 5], 1, async (value) => {
      started.push(value);
      if (value === 2) throw new Error('boom');
      return value;
    });
    await expect(promise).rejects.toThrow('boom');
    expect(started).toEqual([1, 2]);
  });

  it('maps an empty list', async () => {
    expect(await mapConcurrent([], 4, async () => 1)).toEqual([]);
  });
});
