import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect } from 'vitest';
import { typeCheck } from '../../../emit/src/test-support/compile.js';
import {
  blogJobPath,
  repoRoot,
  runCli,
  tempProject,
  type CliRun,
  type RunLimits,
} from '../cli-harness.js';

/**
 * Recognisable fake AWS credentials. Every CLI run in the hardening suite gets them, and every run's
 * stdout and stderr are checked for them, so each error case is also a credentials-leak case.
 */
export const FAKE_CREDENTIALS = {
  AWS_ACCESS_KEY_ID: 'AKIAHARDENINGFAKE0001',
  AWS_SECRET_ACCESS_KEY: 'hardening/FAKE+secret+KEY/do-not-print-0123456789',
  AWS_SESSION_TOKEN: 'HardeningFakeSessionTokenDoNotPrint0123456789abcdef',
  AWS_REGION: 'us-east-1',
} as const;

const SECRETS = [
  FAKE_CREDENTIALS.AWS_ACCESS_KEY_ID,
  FAKE_CREDENTIALS.AWS_SECRET_ACCESS_KEY,
  FAKE_CREDENTIALS.AWS_SECRET_ACCESS_KEY.slice(0, 20),
  FAKE_CREDENTIALS.AWS_SESSION_TOKEN,
  FAKE_CREDENTIALS.AWS_SESSION_TOKEN.slice(0, 20),
];

/** Asserts that no fake credential (nor a recognisable part of one) was printed. */
export function expectNoSecrets(run: CliRun): void {
  for (const secret of SECRETS) {
    expect(run.stdout, 'stdout leaks a credential').not.toContain(secret);
    expect(run.stderr, 'stderr leaks a credential').not.toContain(secret);
  }
}

/** Runs the built CLI with the fake credentials set, and checks that none of them was printed. */
export async function runHardened(
  args: readonly string[],
  options: { cwd: string; stdin?: string; env?: NodeJS.ProcessEnv; limits?: RunLimits },
): Promise<CliRun> {
  const run = await runCli(args, { ...options, env: { ...FAKE_CREDENTIALS, ...options.env } });
  expectNoSecrets(run);
  return run;
}

/** `--app-id` and `--environment` of a job (`--endpoint` first, when given). */
export function awsIdFlags(
  job: { appId?: string; environmentName?: string },
  endpoint?: string,
): string[] {
  return [
    ...(endpoint === undefined ? [] : ['--endpoint', endpoint]),
    '--app-id',
    job.appId ?? '',
    '--environment',
    job.environmentName ?? '',
  ];
}

/** A temporary directory, removed when `cleanups` run. */
export function scratchDir(cleanups: (() => void)[], prefix = 'uibuilder-hardening-'): string {
  const project = tempProject(prefix);
  cleanups.push(project.cleanup);
  return project.dir;
}

/** Every entry below `dir` (files with a hash of their bytes, links with their target, dirs). */
export function snapshotTree(dir: string): Record<string, string> {
  const tree: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const file = path.join(entry.parentPath, entry.name);
    const key = path.relative(dir, file);
    const stat = lstatSync(file);
    if (stat.isSymbolicLink()) tree[key] = `link -> ${readlinkSync(file)}`;
    else if (stat.isDirectory()) tree[key] = 'dir';
    else tree[key] = `file ${createHash('sha256').update(readFileSync(file)).digest('hex')}`;
  }
  return tree;
}

/** A codegen job as plain JSON, loosely typed: the hardening tests put anything anywhere. */
export type LooseJob = Record<string, unknown> & {
  id: string;
  renderConfig: { react: Record<string, unknown> & { apiConfiguration: Record<string, unknown> } };
  genericDataSchema: {
    models: Record<string, unknown>;
    enums: Record<string, { values: string[] }>;
    nonModels: Record<string, unknown>;
  } & Record<string, unknown>;
};

/** A fresh copy of the blog example's job (the bare job, not `{ job }`). */
export function blogJob(): LooseJob {
  return (JSON.parse(readFileSync(blogJobPath, 'utf8')) as { job: LooseJob }).job;
}

/** Writes `{ job }` to `dir/codegen-job.json` (or `name`) and returns the path. */
export function writeJob(dir: string, job: unknown, name = 'codegen-job.json'): string {
  const file = path.join(dir, name);
  writeFileSync(file, JSON.stringify({ job }));
  return file;
}

/** The render configs the tests cycle through. */
export const API_CONFIGS = {
  graphQL: {
    graphQLConfig: {
      typesFilePath: '../API',
      queriesFilePath: '../graphql/queries',
      mutationsFilePath: '../graphql/mutations',
      subscriptionsFilePath: '../graphql/subscriptions',
      fragmentsFilePath: '../graphql/fragments',
    },
  },
  noApi: { noApiConfig: {} },
  dataStore: { dataStoreConfig: {} },
} as const;

/** Sets the job's API configuration and script (`js` also asks for `.d.ts` files). */
export function configure(
  job: LooseJob,
  api: keyof typeof API_CONFIGS,
  script: 'tsx' | 'js',
): LooseJob {
  job.renderConfig.react.apiConfiguration = structuredClone(API_CONFIGS[api]) as Record<
    string,
    unknown
  >;
  job.renderConfig.react['script'] = script;
  job.renderConfig.react['renderTypeDeclarations'] = script === 'js';
  return job;
}

type SyntheticApi = 'graphQL' | 'graphQLjs' | 'dataStore' | 'noApi';

/** `bench/synthetic-job.mjs`: a deterministic job of `models` models, `{ job }`. */
export async function syntheticJob(models: number, api: SyntheticApi): Promise<{ job: LooseJob }> {
  const url = pathToFileURL(path.join(repoRoot, 'bench/synthetic-job.mjs')).href;
  const module = (await import(url)) as {
    syntheticJob: (options: { models: number; api: SyntheticApi }) => { job: LooseJob };
  };
  return module.syntheticJob({ models, api });
}

/**
 * Type-checks generated files (paths relative to the component directory) with `tsc --strict`,
 * DOM and ES2020 libraries as an app has them. Diagnostics inside `node_modules` (the Amplify
 * libraries' own declarations) are not ours and are left out.
 */
export function compileStrict(files: readonly { path: string; contents: string }[]): string[] {
  return typeCheck(files, 'export {};\n', {
    compilerOptions: { lib: ['lib.es2020.d.ts', 'lib.dom.d.ts'] },
  }).diagnostics.filter((d) => !d.includes('/node_modules/'));
}
