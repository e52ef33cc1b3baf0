/**
 * How much of the slow, table-driven suites a run covers. The default run (`pnpm test`) takes a
 * spread-out sample of each large table and fewer property-test runs, so the whole command stays
 * under five minutes on two cores; `pnpm test:full` sets `UIBUILDER_TEST_FULL=1` and runs every
 * case (CONTRIBUTING.md, "Tests").
 *
 * The sample is deterministic for a seed, and the seed rotates: `vitest.config.ts` sets
 * `UIBUILDER_TEST_SEED` (the UTC day number unless given) and prints it, so a failure repeats with
 * the same seed, every worker samples alike, and over consecutive days every case runs.
 */
export const FULL_RUN = process.env['UIBUILDER_TEST_FULL'] === '1';

/** The default seed: the number of the current UTC day, so the sample changes once a day. */
export function todaysSeed(now = Date.now()): number {
  return Math.floor(now / 86_400_000);
}

/** The seed the sample rotates by (`UIBUILDER_TEST_SEED`, else today's). */
export const SAMPLE_SEED = parseSeed(process.env['UIBUILDER_TEST_SEED']) ?? todaysSeed();

function parseSeed(text: string | undefined): number | undefined {
  if (text === undefined || !/^\d+$/.test(text)) return undefined;
  return Number(text);
}

/**
 * `count` of `items`, evenly spaced, starting at an offset the seed picks: over `items.length`
 * consecutive seeds every item is taken at least `count` times. All of them in a full run, or when
 * there are no more than `count`. The items keep their order.
 */
export function sampleUnlessFull<T>(
  items: readonly T[],
  count: number,
  seed: number = SAMPLE_SEED,
): T[] {
  if (FULL_RUN || items.length <= count) return [...items];
  const offset = seed % items.length;
  const picked = Array.from(
    { length: count },
    (_, i) => (offset + Math.floor((i * items.length) / count)) % items.length,
  );
  return picked.sort((a, b) => a - b).map((index) => items[index] as T);
}

/** `full` in a full run, `sample` otherwise: for property tests' `numRuns` and the like. */
export function scaleUnlessFull(full: number, sample: number): number {
  return FULL_RUN ? full : sample;
}
