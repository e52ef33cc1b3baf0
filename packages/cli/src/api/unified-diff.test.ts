import { createTwoFilesPatch } from 'diff';
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import {
  createDiffBudget,
  MAX_DIFF_LINES,
  MAX_DIFF_LINES_PER_FILE,
  unifiedDiff,
} from './unified-diff.js';

const lines = (count: number, make: (i: number) => string) =>
  Array.from({ length: count }, (_, i) => make(i)).join('\n') + '\n';

/** The hunks of a unified diff (everything after the two header lines). */
const body = (diff: string) => diff.split('\n').slice(2).join('\n');

describe('unifiedDiff', () => {
  it.each([
    [
      'one changed line',
      lines(50, (i) => `line ${i}`),
      lines(50, (i) => (i === 20 ? 'changed' : `line ${i}`)),
    ],
    [
      'lines removed and added apart',
      lines(80, (i) => `l${i}`),
      lines(80, (i) => (i % 30 === 5 ? `new ${i}` : `l${i}`)),
    ],
    ['a created file', '', lines(10, (i) => `x${i}`)],
  ])('is the exact unified diff for a small change: %s', (_name, before, after) => {
    const ours = unifiedDiff('f.ts', before === '' ? undefined : before, after);
    const reference = createTwoFilesPatch('a', 'b', before, after, undefined, undefined, {
      context: 3,
    });
    expect(body(ours)).toBe(reference.split('\n').slice(3).join('\n'));
    expect(ours).not.toContain('more line(s) differ');
  });

  it('shows at most the per-file bound and counts the rest', () => {
    const before = lines(5_000, (i) => `old ${i}`);
    const after = lines(5_000, (i) => `new ${i}`);
    const diff = unifiedDiff('big.ts', before, after);
    const shown = body(diff).split('\n').filter(Boolean);
    expect(shown.length).toBeLessThanOrEqual(MAX_DIFF_LINES_PER_FILE + 1);
    expect(diff).toMatch(/… \d+ more line\(s\) differ/);
    const more = Number(/… (\d+) more/.exec(diff)?.[1]);
    expect(more + shown.filter((l) => /^[-+]/.test(l)).length).toBe(10_000);
  });

  it('shares an overall bound across files: later files get a count only', () => {
    const budget = createDiffBudget();
    const before = lines(1_000, (i) => `a ${i}`);
    const after = lines(1_000, (i) => `b ${i}`);
    const diffs = Array.from({ length: 15 }, (_, i) =>
      unifiedDiff(`f${i}.ts`, before, after, budget),
    );
    const total = diffs.reduce(
      (sum, d) =>
        sum +
        body(d)
          .split('\n')
          .filter((l) => /^[-+@ ]/.test(l)).length,
      0,
    );
    expect(total).toBeLessThanOrEqual(MAX_DIFF_LINES);
    expect(diffs.at(-1)).toBe(
      '--- a/f14.ts\n+++ b/f14.ts\n… 2000 more line(s) differ (diff shortened)\n',
    );
  });

  it('takes linear time on two large files that differ everywhere (a depth change)', () => {
    // 200,000 lines each, interleaved so that a whole-file Myers diff is quadratic.
    const before = lines(200_000, (i) => (i % 3 === 0 ? `  field${i % 97}` : `  item ${i}`));
    const after = lines(200_000, (i) => (i % 5 === 0 ? `  field${i % 89}` : `  item ${i + 1}`));
    const started = performance.now();
    const diff = unifiedDiff('API.ts', before, after);
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(diff).toMatch(/more line\(s\) differ/);
  });
});
