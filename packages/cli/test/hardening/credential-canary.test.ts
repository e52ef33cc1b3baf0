import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { startLocalServer, type LocalServer } from '@uibuilder-codegen/fetch/local-server';
import type { CodegenJob } from '@uibuilder-codegen/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunLimits } from '../cli-harness.js';
import {
  awsIdFlags,
  blogJob,
  configure,
  runHardened,
  scratchDir,
  writeJob,
} from './hardening-support.js';

/**
 * Canary credentials: in the endpoint URL's user info (a password with `@` and a space), in its
 * query string, and in the environment. No run may print any of them, or a piece of one.
 */
const CANARY_USER = 'canaryUser7';
const CANARY_PASSWORD = 'CanaryP@ss word!';
const CANARY_QUERY = {
  'X-Amz-Security-Token': 'CanaryQueryToken1',
  'X-Amz-Credential': 'CanaryCredential2',
  'X-Amz-Signature': 'CanarySignature3',
  token: 'CanaryToken4',
  password: 'CanaryPassword5',
};
const CANARY_ENV = {
  AWS_SECRET_ACCESS_KEY: 'CanarySecretKey6/with+slash',
  AWS_SESSION_TOKEN: 'CanarySessionToken8',
};
const CANARIES = [
  CANARY_USER,
  'CanaryP',
  'ss word',
  'ss%20word',
  ...Object.values(CANARY_QUERY),
  ...Object.values(CANARY_ENV),
  'CanarySecretKey6',
];

const SCHEMES = ['http', 'https', 'ftp', 's3', 'ws'] as const;
const SOURCES = ['flag', 'config', 'env'] as const;
const COMMANDS = ['generate', 'inspect', 'doctor', 'list-jobs', 'start'] as const;
const MODES = ['text', 'json', 'verbose'] as const;

type Row = [
  (typeof SOURCES)[number],
  (typeof SCHEMES)[number],
  (typeof COMMANDS)[number],
  (typeof MODES)[number],
];

/**
 * The whole matrix with UIBUILDER_CANARY_FULL=1 (225 runs); by default a fixed sample of 15 rows
 * in which every source, scheme, command and mode appears.
 */
function matrix(): Row[] {
  const rows: Row[] = [];
  for (const source of SOURCES)
    for (const scheme of SCHEMES)
      for (const command of COMMANDS)
        for (const mode of MODES) rows.push([source, scheme, command, mode]);
  if (process.env['UIBUILDER_CANARY_FULL'] === '1') return rows;
  return Array.from({ length: 15 }, (_v, i): Row => [
    SOURCES[i % 3] ?? 'flag',
    SCHEMES[i % 5] ?? 'http',
    COMMANDS[(i * 2 + Math.floor(i / 5)) % 5] ?? 'generate',
    MODES[Math.floor(i / 5) % 3] ?? 'text',
  ]);
}

const LIMITS: RunLimits = { timeoutMs: 90_000, maxOldSpaceMb: 512 };
const cleanups: (() => void)[] = [];
let server: LocalServer;
let job: CodegenJob;

beforeAll(async () => {
  job = configure(blogJob(), 'noApi', 'tsx') as unknown as CodegenJob;
  server = await startLocalServer({ jobs: [job] });
  // Half the requests meet a server that echoes the request's credentials in its error.
  server.inject({ kind: 'echo-secrets', times: Infinity, operation: 'ListCodegenJobs' });
  server.inject({ kind: 'echo-secrets', times: Infinity, operation: 'StartCodegenJob' });
});
afterAll(async () => {
  await server.close();
  cleanups.forEach((c) => c());
});

function canaryEndpoint(scheme: string): string {
  const query = new URLSearchParams(CANARY_QUERY).toString();
  return `${scheme}://${CANARY_USER}:${CANARY_PASSWORD}@${server.url.replace('http://', '')}/?${query}`;
}

describe('credential canaries never reach any output', () => {
  it.concurrent.each(matrix())(
    'endpoint from %s, %s scheme, %s, %s output',
    async (source, scheme, command, mode) => {
      const dir = scratchDir(cleanups);
      writeFileSync(path.join(dir, 'package.json'), '{"name": "app"}');
      const endpoint = canaryEndpoint(scheme);
      const ids = awsIdFlags(job);
      const env: NodeJS.ProcessEnv = { ...CANARY_ENV };
      // The config names the job only for generate; other commands take the endpoint as a flag.
      const viaConfig = source === 'config' && command === 'generate';
      if (viaConfig) {
        const config = { job: { ...jobIds(), endpoint } };
        writeFileSync(path.join(dir, 'uibuilder-codegen.config.json'), JSON.stringify(config));
      }
      // From the environment: the SDK is not trusted to pick AWS_ENDPOINT_URL up (it would then
      // go to AWS itself), so the request goes to the local server and the canary URL only sits
      // in the environment, where a dump of it would print it.
      if (source === 'env') env['AWS_ENDPOINT_URL'] = endpoint;
      const endpointFlag = viaConfig
        ? []
        : ['--endpoint', source === 'env' ? server.url : endpoint];
      const modeFlags = mode === 'json' ? ['--json'] : mode === 'verbose' ? ['--verbose'] : [];
      const args = {
        generate: viaConfig
          ? ['generate', '--dry-run']
          : ['generate', '--dry-run', ...ids, '--job-id', job.id ?? ''],
        inspect: ['inspect', ...ids, '--job-id', job.id ?? ''],
        doctor: ['doctor', ...ids, '--job-id', job.id ?? ''],
        'list-jobs': ['list-jobs', ...ids],
        start: ['start', ...ids, '--job-file', writeJob(dir, job)],
      }[command];
      // Only generate has --verbose; the others print their errors the one way.
      const flags = mode === 'verbose' && command !== 'generate' ? [] : modeFlags;
      const run = await runHardened([...args, ...endpointFlag, ...flags], {
        cwd: dir,
        env,
        limits: LIMITS,
      });
      expect(run.killed).toBe(false);
      for (const canary of CANARIES) {
        expect(run.stdout, `stdout leaks ${canary}`).not.toContain(canary);
        expect(run.stderr, `stderr leaks ${canary}`).not.toContain(canary);
      }
    },
    LIMITS.timeoutMs + 10_000,
  );
});

function jobIds() {
  return { appId: job.appId, environmentName: job.environmentName, id: job.id };
}
