/**
 * How much of the slow, table-driven suites a run covers. The default run (`pnpm test`) takes a
 * fixed, spread-out sample of each large table and fewer property-test runs, so the whole command
 * stays under five minutes on two cores; `pnpm test:full` sets `UIBUILDER_TEST_FULL=1` and runs
 * every case (CONTRIBUTING.md, "Tests"). The sample is deterministic: the same cases every run.
 */
export const FULL_RUN = process.env['UIBUILDER_TEST_FULL'] === '1';

/**
 * All of `items` in a full run; otherwise `count` of them, evenly spaced from the first (all of
 * them when there are no more than `count`).
 */
export function sampleUnlessFull<T>(items: readonly T[], count: number): T[] {
  if (FULL_RUN || items.length <= count) return [...items];
  const stride = Math.floor(items.length / count);
  return Array.from({ length: count }, (_, i) => items[i * stride] as T);
}

/** `full` in a full run, `sample` otherwise: for property tests' `numRuns` and the like. */
export function scaleUnlessFull(full: number, sample: number): number {
  return FULL_RUN ? full : sample;
}
