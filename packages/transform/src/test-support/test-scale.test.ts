import { describe, expect, it } from 'vitest';
import { FULL_RUN, sampleUnlessFull, scaleUnlessFull } from './test-scale.js';

describe.runIf(!FULL_RUN)('test scale in the default run', () => {
  it('samples evenly from the first, and keeps short tables whole', () => {
    const items = Array.from({ length: 10 }, (_, i) => i);
    expect(sampleUnlessFull(items, 4)).toEqual([0, 2, 4, 6]);
    expect(sampleUnlessFull(items, 3)).toEqual([0, 3, 6]);
    expect(sampleUnlessFull(items, 1)).toEqual([0]);
    expect(sampleUnlessFull([1, 2], 4)).toEqual([1, 2]);
    expect(scaleUnlessFull(1000, 50)).toBe(50);
  });
});

describe.runIf(FULL_RUN)('test scale in the full run', () => {
  it('keeps everything', () => {
    expect(sampleUnlessFull([1, 2, 3], 1)).toEqual([1, 2, 3]);
    expect(scaleUnlessFull(1000, 50)).toBe(1000);
  });
});
