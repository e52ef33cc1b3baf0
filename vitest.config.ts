import { defineConfig } from 'vitest/config';
import { todaysSeed } from './packages/transform/src/test-support/test-scale.ts';
import { projects } from './vitest.workspace.ts';

// One sample seed for the whole run (test-scale.ts), set before the workers start so that every
// worker, which inherits this environment, samples alike.
process.env['UIBUILDER_TEST_SEED'] ??= String(todaysSeed());

export default defineConfig({
  test: {
    projects,
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    globalSetup: ['./packages/transform/src/test-support/announce-test-scale.ts'],
    // Two cores here and in CI: more workers only fight over them.
    maxWorkers: 2,
  },
});
