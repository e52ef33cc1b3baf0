import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { startLocalServer, type LocalServer } from '@uibuilder-codegen/fetch/local-server';
import type { CodegenJob } from '@uibuilder-codegen/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blogJobPath, runCli, tempProject } from './cli-harness.js';

const credentials = {
  AWS_ACCESS_KEY_ID: 'AKIDEXAMPLEKEY123456',
  AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYSECRETKEY',
  AWS_SESSION_TOKEN: 'FQoGZXIvYXdzEXAMPLESESSIONTOKEN',
  AWS_REGION: 'us-east-1',
};
const job = (JSON.parse(readFileSync(blogJobPath, 'utf8')) as { job: CodegenJob }).job;

function filesOf(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name !== 'codegen-job.json')
      .map((e) => {
        const file = path.join(e.parentPath, e.name);
        return [path.relative(dir, file), readFileSync(file, 'utf8')];
      }),
  );
}

describe('generate from AWS (a local AmplifyUIBuilder server)', () => {
  let server: LocalServer;
  const cleanups: (() => void)[] = [];
  beforeAll(async () => {
    server = await startLocalServer({ jobs: [job] });
  });
  afterAll(async () => {
    await server.close();
    cleanups.forEach((c) => c());
  });
  const awsArgs = () => [
    '--endpoint',
    server.url,
    '--app-id',
    job.appId ?? '',
    '--environment',
    job.environmentName ?? '',
    '--job-id',
    job.id ?? '',
  ];

  it('gives byte-identical output to --job-file with the same job', async () => {
    const fromFile = tempProject();
    const fromAws = tempProject();
    cleanups.push(fromFile.cleanup, fromAws.cleanup);
    const a = await runCli(['generate', '--job-file', blogJobPath], { cwd: fromFile.dir });
    const b = await runCli(['generate', ...awsArgs()], { cwd: fromAws.dir, env: credentials });
    expect(a.code).toBe(0);
    expect(b.stderr).not.toContain('Error');
    expect(b.code).toBe(0);
    expect(filesOf(fromAws.dir)).toEqual(filesOf(fromFile.dir));
    expect(server.requests.some((r) => r.operation === 'GetCodegenJob' && r.signed)).toBe(true);
  });

  it('exits 4 on a missing job, naming it, without secrets even with --verbose', async () => {
    const dir = tempProject();
    cleanups.push(dir.cleanup);
    server.inject({ kind: 'not-found', resource: 'job', times: Infinity });
    const run = await runCli(['generate', ...awsArgs(), '--verbose', '--json'], {
      cwd: dir.dir,
      env: credentials,
    });
    server.clearFaults();
    expect(run.code).toBe(4);
    expect(run.stderr).toContain('[ServiceError]');
    expect(run.stderr).toContain(job.id ?? '');
    for (const secret of Object.values(credentials).slice(0, 3)) {
      expect(run.stderr + run.stdout).not.toContain(secret);
    }
    expect(readdirSync(dir.dir)).toEqual([]);
  });

  it('exits 4 at once on an in-progress job, and --wait polls until it succeeds', async () => {
    const dir = tempProject();
    cleanups.push(dir.cleanup);
    server.inject({ kind: 'in-progress', times: 1 });
    const failed = await runCli(['generate', ...awsArgs(), '--dry-run'], {
      cwd: dir.dir,
      env: credentials,
    });
    expect(failed.code).toBe(4);
    expect(failed.stderr).toContain('--wait');
    server.inject({ kind: 'in-progress', times: 1 });
    const waited = await runCli(['generate', ...awsArgs(), '--wait', '60', '--dry-run'], {
      cwd: dir.dir,
      env: credentials,
    });
    expect(waited.stderr).toContain('in_progress');
    expect(waited.code).toBe(0);
  });

  it('list-jobs prints every job with its status', async () => {
    const run = await runCli(
      [
        'list-jobs',
        '--endpoint',
        server.url,
        '--app-id',
        job.appId ?? '',
        '--environment',
        job.environmentName ?? '',
      ],
      { cwd: path.dirname(blogJobPath), env: credentials },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`${job.id}\\s+succeeded`));
  });

  it('start --wait starts a job from a spec and prints the finished job id', async () => {
    const run = await runCli(
      [
        'start',
        '--endpoint',
        server.url,
        '--app-id',
        job.appId ?? '',
        '--environment',
        job.environmentName ?? '',
        '--job-file',
        blogJobPath,
        '--wait',
        '60',
      ],
      { cwd: path.dirname(blogJobPath), env: credentials },
    );
    expect(run.stderr).not.toContain('Error');
    expect(run.code).toBe(0);
    const id = run.stdout.trim();
    expect(id).toMatch(/\S+/);
    expect(id).not.toBe(job.id);
  });
});
