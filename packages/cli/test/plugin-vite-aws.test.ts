import { readFileSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startLocalServer, type LocalServer } from '@uibuilder-codegen/fetch/local-server';
import type { CodegenJob } from '@uibuilder-codegen/core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { blogJobPath, repoRoot, tempProject } from './cli-harness.js';

// A Vite dev session on a job fetched from AWS (a local AmplifyUIBuilder server): fetched once,
// and again on request: a touch of the config file, or Vite's restart (its `r` shortcut). That
// other runs reuse the job is the session's test (generation-session.test.ts).
const job = (JSON.parse(readFileSync(blogJobPath, 'utf8')) as { job: CodegenJob }).job;
const pluginUrl = pathToFileURL(path.join(repoRoot, 'packages/cli/dist/plugin/index.js')).href;

async function eventually(check: () => boolean): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('the Vite plugin with a job from AWS', () => {
  let aws: LocalServer;
  let server: ViteDevServer | undefined;
  const project = tempProject('uibuilder-vite-aws-');
  beforeAll(async () => {
    aws = await startLocalServer({ jobs: [job] });
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'AKIDEXAMPLEKEY123456');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYSECRETKEY');
    vi.stubEnv('AWS_REGION', 'us-east-1');
  });
  afterAll(async () => {
    await server?.close();
    await aws.close();
    vi.unstubAllEnvs();
    project.cleanup();
  });
  const fetches = () => aws.requests.filter((r) => r.operation === 'GetCodegenJob').length;

  it('fetches when the session starts, and again when the config file is touched or Vite restarts', async () => {
    const { dir } = project;
    const config = path.join(dir, 'uibuilder-codegen.config.json');
    writeFileSync(
      config,
      JSON.stringify({
        job: {
          appId: job.appId,
          environmentName: job.environmentName,
          id: job.id,
          endpoint: aws.url,
        },
      }),
    );
    writeFileSync(
      path.join(dir, 'vite.config.mjs'),
      `import { uibuilderCodegen } from ${JSON.stringify(pluginUrl)};\nexport default { plugins: [uibuilderCodegen.vite()] };\n`,
    );
    server = await createServer({
      root: dir,
      configFile: path.join(dir, 'vite.config.mjs'),
      configLoader: 'native',
      cacheDir: path.join(dir, '.vite'),
      logLevel: 'silent',
      server: { host: '127.0.0.1', port: 0 },
    });
    await server.listen();
    expect(readFileSync(path.join(dir, 'src/API.ts'), 'utf8')).toContain('export type Post = {');
    expect(fetches()).toBe(1);

    const now = new Date();
    utimesSync(config, now, now);
    await eventually(() => fetches() === 2);

    await server.restart();
    await eventually(() => fetches() === 3);
    expect(fetches()).toBe(3);
  });
});
