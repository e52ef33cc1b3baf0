import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startLocalServer, type LocalServer } from '@uibuilder-codegen/fetch/local-server';
import type { CodegenJob } from '@uibuilder-codegen/core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createGenerationSession } from './generation-session.js';

const blogJobPath = fileURLToPath(
  new URL('../../../../examples/blog/codegen-job.json', import.meta.url),
);
const job = (JSON.parse(readFileSync(blogJobPath, 'utf8')) as { job: CodegenJob }).job;

describe('a generation session', () => {
  let server: LocalServer;
  let dir: string;
  beforeAll(async () => {
    server = await startLocalServer({ jobs: [job] });
    dir = mkdtempSync(path.join(os.tmpdir(), 'uibuilder-session-'));
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'AKIDEXAMPLEKEY123456');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYSECRETKEY');
    vi.stubEnv('AWS_REGION', 'us-east-1');
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const fetches = () => server.requests.filter((r) => r.operation === 'GetCodegenJob').length;

  it('fetches a job from AWS once, and again only after the config file changed', async () => {
    const config = path.join(dir, 'uibuilder-codegen.config.json');
    const awsJob = {
      appId: job.appId,
      environmentName: job.environmentName,
      id: job.id,
      endpoint: server.url,
    };
    writeFileSync(config, JSON.stringify({ job: awsJob }));
    const session = createGenerationSession({ cwd: dir, config: true });
    const before = fetches();
    const first = await session.run();
    expect(first.ok).toBe(true);
    expect(session.inputs).toEqual([config]);
    expect((await session.run()).ok).toBe(true);
    expect(fetches() - before).toBe(1);

    expect(session.noteChange(path.join(dir, 'src/API.ts'))).toBe(false);
    expect(session.stale).toBe(false);
    writeFileSync(config, JSON.stringify({ job: awsJob, maxDepth: 2 }));
    expect(session.noteChange(config)).toBe(true);
    expect(session.stale).toBe(true);
    const third = await session.run();
    expect(third.changed).toEqual([config]);
    expect(third.ok && third.result.changed).toBe(true);
    expect(fetches() - before).toBe(2);
  });

  it('never runs twice at once: calls during a run share one follow-up run', async () => {
    const jobFile = path.join(dir, 'codegen-job.json');
    writeFileSync(jobFile, readFileSync(blogJobPath));
    const session = createGenerationSession({ cwd: dir, job: { file: jobFile }, outDir: 'out' });
    const first = session.run();
    const second = session.run();
    const third = session.run();
    expect(second).toBe(third);
    expect(second).not.toBe(first);
    const outcomes = await Promise.all([first, second]);
    expect(
      outcomes.map((o) => o.ok && o.result.files.filter((f) => f.status === 'created').length),
    ).toEqual([5, 0]);
    expect(session.inputs).toEqual([jobFile]);
  });

  it('keeps watching the inputs (and the config file) when a run fails', async () => {
    const broken = path.join(dir, 'broken');
    const jobFile = path.join(broken, 'codegen-job.json');
    const config = path.join(broken, 'uibuilder-codegen.config.json');
    rmSync(broken, { recursive: true, force: true });
    mkdirSync(broken);
    writeFileSync(jobFile, readFileSync(blogJobPath));
    writeFileSync(config, JSON.stringify({ job: { file: 'codegen-job.json' } }));
    const session = createGenerationSession({ cwd: broken, config: true });
    expect((await session.run()).inputs).toEqual([config, jobFile]);
    writeFileSync(config, '{ "job": ');
    const failed = await session.run();
    expect(failed.ok).toBe(false);
    expect(failed.inputs).toEqual([config, jobFile]);
  });
});
