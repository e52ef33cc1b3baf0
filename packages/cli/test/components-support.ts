import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import path from 'node:path';
import {
  buildZip,
  startLocalServer,
  type LocalServer,
} from '@uibuilder-codegen/fetch/local-server';
import type { CodegenJob } from '@uibuilder-codegen/core';
import { blogJobPath, generateInProcess, runCli, type CliRun } from './cli-harness.js';

/** Fake credentials: the SDK signs with them; the asset GET must not need them. */
export const CREDENTIALS = {
  AWS_ACCESS_KEY_ID: 'AKIDEXAMPLEKEY123456',
  AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYSECRETKEY',
  AWS_SESSION_TOKEN: 'FQoGZXIvYXdzEXAMPLESESSIONTOKEN',
  AWS_REGION: 'us-east-1',
};

/** The banner UI Builder puts on every file it renders (generate recognises stale ones by it). */
const STUDIO_BANNER = `/***************************************************************************
 * The contents of this file were generated with Amplify Studio.           *
 * Please refrain from making any modifications to this file.              *
 * Any changes to this file will be overwritten when running amplify pull. *
 **************************************************************************/

`;

/** The files of a small asset shaped like UI Builder's: a form, its types, the index, the theme. */
export const SAMPLE_COMPONENTS: Record<string, string> = Object.fromEntries(
  Object.entries({
    'PostCreateForm.jsx':
      '/* eslint-disable */\nimport * as React from "react";\nexport default function PostCreateForm(props) {\n  return null;\n}\n',
    'PostCreateForm.d.ts':
      'import * as React from "react";\nexport default function PostCreateForm(props: {}): React.ReactElement;\n',
    'index.js':
      '/* eslint-disable */\nexport { default as PostCreateForm } from "./PostCreateForm";\nexport { default as studioTheme } from "./studioTheme";\n',
    'studioTheme.js': '/* eslint-disable */\nexport default { name: "studioTheme" };\n',
    'utils.js': '/* eslint-disable */\nexport const validateField = () => ({ hasError: false });\n',
  }).map(([name, text]) => [name, STUDIO_BANNER + text]),
);

/** A zip of the given files (path → text). */
export function zipOf(files: Record<string, string>): Buffer {
  return buildZip(Object.entries(files).map(([name, contents]) => ({ name, contents })));
}

/** The blog job under another id (each case its own job, so faults and assets stay apart). */
export function blogJobWithId(
  id: string,
  change: (job: CodegenJob) => void = () => {},
): CodegenJob {
  const job = (JSON.parse(readFileSync(blogJobPath, 'utf8')) as { job: CodegenJob }).job;
  job.id = id;
  change(job);
  return job;
}

/** A local AmplifyUIBuilder server whose jobs serve the zips of `assets` (by job id). */
export async function startAssetServer(
  jobs: CodegenJob[],
  assets: Map<string, Uint8Array>,
): Promise<LocalServer> {
  return startLocalServer({
    jobs,
    // Jobs started on the server (`local-job-N`) serve the sample asset.
    assets: (job) =>
      assets.get(job.id ?? '') ??
      (job.id?.startsWith('local-job-') ? zipOf(SAMPLE_COMPONENTS) : undefined),
    environments: [{ appId: 'd1blogexample', environmentName: 'dev' }],
  });
}

/** The flags naming the server's app and environment, after a command name. */
export function serverArgs(command: string, server: LocalServer): string[] {
  return [command, '--endpoint', server.url, '--app-id', 'd1blogexample', '--environment', 'dev'];
}

/** Runs `generate --components` for a job of the server, with `extra` flags. */
export function generateComponents(
  server: LocalServer,
  jobId: string,
  cwd: string,
  extra: readonly string[] = [],
): Promise<CliRun> {
  return runCli([...serverArgs('generate', server), '--job-id', jobId, '--components', ...extra], {
    cwd,
    env: CREDENTIALS,
  });
}

/**
 * `generate --components` for a job of the server through the library, in this process
 * (`generateInProcess`), with `--force` and `--verbose` as asked; the SDK takes
 * {@link CREDENTIALS} from the environment the test stubs.
 */
export function generateComponentsInProcess(
  server: LocalServer,
  jobId: string,
  cwd: string,
  { force = false, verbose = false }: { force?: boolean; verbose?: boolean } = {},
): Promise<CliRun> {
  const job = { appId: 'd1blogexample', environmentName: 'dev', id: jobId, endpoint: server.url };
  return generateInProcess({ job, components: true, cwd, force }, verbose);
}

/** Every file and link under `dir` (relative POSIX path → contents or link target). */
export function tree(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => !entry.isDirectory())
      .map((entry) => {
        const file = path.join(entry.parentPath, entry.name);
        const key = path.relative(dir, file).split(path.sep).join('/');
        return [
          key,
          entry.isSymbolicLink() ? `-> ${readlinkSync(file)}` : readFileSync(file, 'utf8'),
        ];
      }),
  );
}
