import { FULL_RUN, SAMPLE_SEED } from './test-scale.js';

/**
 * Vitest's global setup (`vitest.config.ts`): says once, before the tests, whether this run
 * samples the slow suites and by which seed, so that a failure in a sampled case can be repeated.
 */
export default function announceTestScale(): void {
  console.info(
    FULL_RUN
      ? 'test scale: full (UIBUILDER_TEST_FULL=1), every case of every suite'
      : `test scale: sampled, seed ${SAMPLE_SEED} (UIBUILDER_TEST_SEED=${SAMPLE_SEED} repeats this sample; pnpm test:full runs every case)`,
  );
}
