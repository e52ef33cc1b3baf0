import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { BLOG_JOB_FILE } from '../test/helpers.js';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));
const built = existsSync(new URL('../dist/index.js', import.meta.url));

/**
 * Runs the built package in a fresh Node process and reports whether the AWS SDK was loaded.
 * The SDK is CommonJS, so loading it from ESM puts it in the CommonJS module cache.
 */
async function runBuilt(script: string): Promise<{ sdkLoaded: boolean; stderr: string }> {
  const program = `
    import { createRequire } from 'node:module';
    const fetch = await import('@uibuilder-codegen/fetch');
    ${script}
    const cache = Object.keys(createRequire(import.meta.url).cache);
    console.log(cache.some((path) => path.includes('client-amplifyuibuilder')));
  `;
  const { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: _switch, ...env } = process.env;
  const run = promisify(execFile);
  const { stdout, stderr } = await run(process.execPath, ['--input-type=module', '-e', program], {
    cwd: packageRoot,
    env,
  });
  return { sdkLoaded: stdout.trim() === 'true', stderr };
}

// Needs `dist` (the CI runs `pnpm build` before the tests).
describe.runIf(built)('the AWS SDK is loaded lazily', () => {
  it('is not loaded by importing the package and reading a job file', async () => {
    const { sdkLoaded } = await runBuilt(
      `await fetch.readJobFile(${JSON.stringify(BLOG_JOB_FILE)});`,
    );
    expect(sdkLoaded).toBe(false);
  });

  it('is loaded once a job is fetched, without printing the SDK Node version warning', async () => {
    const script = `await fetch.fetchCodegenJob({ appId: 'a', environmentName: 'e', id: 'j', region: 'us-east-1',
      endpoint: 'http://127.0.0.1:9', maxAttempts: 1, credentials: { accessKeyId: 'A', secretAccessKey: 'B' } }).catch(() => {});`;
    const { sdkLoaded, stderr } = await runBuilt(script);
    expect(sdkLoaded).toBe(true);
    expect(stderr).not.toContain('NodeVersionSupportWarning');
  });
});
