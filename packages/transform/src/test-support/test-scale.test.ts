import { describe, expect, it } from 'vitest';
import {
  FULL_RUN,
  SAMPLE_SEED,
  sampleUnlessFull,
  scaleUnlessFull,
  todaysSeed,
} from './test-scale.js';

describe.runIf(!FULL_RUN)('test scale in the default run', () => {
  const items = Array.from({ length: 10 }, (_, i) => i);

  it('samples evenly from an offset the seed picks, in order, and keeps short tables whole', () => {
    expect(sampleUnlessFull(items, 4, 0)).toEqual([0, 2, 5, 7]);
    expect(sampleUnlessFull(items, 4, 3)).toEqual([0, 3, 5, 8]);
    expect(sampleUnlessFull(items, 3, 10)).toEqual([0, 3, 6]);
    expect(sampleUnlessFull(items, 1, 7)).toEqual([7]);
    expect(sampleUnlessFull([1, 2], 4, 5)).toEqual([1, 2]);
    expect(scaleUnlessFull(1000, 50)).toBe(50);
  });

  it('takes every item over as many consecutive seeds as there are items', () => {
    for (const count of [1, 2, 3, 4, 6, 9]) {
      const seen = new Set<number>();
      for (let seed = 20_000; seed < 20_000 + items.length; seed += 1) {
        const sample = sampleUnlessFull(items, count, seed);
        expect(new Set(sample).size).toBe(count);
        sample.forEach((item) => seen.add(item));
      }
      expect(seen.size, `${count} a day`).toBe(items.length);
    }
  });

  it('samples by the seed vitest.config.ts set for the whole run (and printed)', () => {
    expect(process.env['UIBUILDER_TEST_SEED']).toMatch(/^\d+$/);
    expect(SAMPLE_SEED).toBe(Number(process.env['UIBUILDER_TEST_SEED']));
  });

  it('rotates once a UTC day', () => {
    const noon = Date.UTC(2026, 11, 3, 12);
    expect(todaysSeed(noon)).toBe(todaysSeed(Date.UTC(2026, 11, 3, 0)));
    expect(todaysSeed(Date.UTC(2026, 11, 4, 0))).toBe(todaysSeed(noon) + 1);
  });
});

describe.runIf(FULL_RUN)('test scale in the full run', () => {
  it('keeps everything', () => {
    expect(sampleUnlessFull([1, 2, 3], 1)).toEqual([1, 2, 3]);
    expect(scaleUnlessFull(1000, 50)).toBe(1000);
  });
});
