import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GenerateOptions } from '../src/index.js';

/** The repository's top directory. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/** The built bin; `pnpm test` builds before testing. */
export const binPath = path.join(repoRoot, 'packages/cli/dist/bin.js');
export const blogJobPath = path.join(repoRoot, 'examples/blog/codegen-job.json');

/** What a CLI run printed and returned. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** Whether the harness killed the run for going past `limits.timeoutMs`. */
  readonly killed?: boolean;
}

/**
 * What a run may cost before the harness stops it: generous bounds that only a run without its
 * own limits (waiting forever, buffering a huge body) can reach.
 */
export interface RunLimits {
  /** Killed (SIGKILL) after this long. */
  readonly timeoutMs: number;
  /** The child's V8 heap limit (`--max-old-space-size`), in MB. */
  readonly maxOldSpaceMb: number;
}

/** Runs the built CLI as a child process, as users and CI run it. */
export function runCli(
  args: readonly string[],
  options: { cwd: string; stdin?: string; env?: NodeJS.ProcessEnv; limits?: RunLimits } = {
    cwd: repoRoot,
  },
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const { limits } = options;
    const nodeArgs = limits ? [`--max-old-space-size=${limits.maxOldSpaceMb}`] : [];
    const child = spawn(process.execPath, [...nodeArgs, binPath, ...args], {
      cwd: options.cwd,
      env: { ...process.env, NO_COLOR: '1', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let killed = false;
    const timer = limits
      ? setTimeout(() => {
          killed = true;
          child.kill('SIGKILL');
        }, limits.timeoutMs)
      : undefined;
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, stdout, stderr, ...(limits ? { killed } : {}) });
    });
    // A child that stops reading stdin early (an input limit) must not fail the harness.
    child.stdin.on('error', () => {});
    child.stdin.end(options.stdin ?? '');
  });
}

/**
 * The library's `generate()` in this process, reported as the CLI reports it: the exit code (1 when
 * `check` found drift), the result's warnings as the CLI prints them, or the error's exit code with
 * the text the CLI prints for it (`formatError`), after what the logger said (`--verbose`'s stages
 * and notes when `verbose`). For tests of what a generation does, which need no process of their
 * own; what the command line adds (flags, streams, exit) stays on `runCli`.
 */
export async function generateInProcess(
  options: GenerateOptions,
  verbose = false,
): Promise<CliRun> {
  const [{ generate }, { formatError }, { checkExitCode, reportDiagnostics }] = await Promise.all([
    import('../src/index.js'),
    import('../src/commands/print-error.js'),
    import('../src/commands/generate-command.js'),
  ]);
  const lines: string[] = [];
  const log = (line: string) => void lines.push(line);
  const debug = verbose ? log : () => {};
  const logger = { info: log, warn: log, progress: log, debug };
  const stderr = () => lines.map((line) => line + '\n').join('');
  try {
    const result = await generate({ ...options, logger });
    reportDiagnostics(result, { warn: log, debug });
    return {
      code: checkExitCode(result),
      stdout: '',
      stderr: stderr(),
    };
  } catch (error) {
    const { text, exitCode } = formatError(error, verbose);
    lines.push(text);
    return { code: exitCode, stdout: '', stderr: stderr() };
  }
}

/** A fresh temporary project directory; removed by the returned cleanup. */
export function tempProject(prefix = 'uibuilder-cli-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Writes the blog job, optionally changed, into `dir` and returns its path. */
export function writeBlogJob(dir: string, change: (job: BlogJob) => void = () => {}): string {
  const job = JSON.parse(readFileSync(blogJobPath, 'utf8')) as { job: BlogJob };
  change(job.job);
  const file = path.join(dir, 'codegen-job.json');
  writeFileSync(file, JSON.stringify(job, null, 2));
  return file;
}

/** Copies a fixture file into `dir`. */
export function copyFixture(relative: string, dir: string): string {
  const target = path.join(dir, path.basename(relative));
  cpSync(path.join(repoRoot, relative), target);
  return target;
}

/** The parts of the blog job tests change. */
export interface BlogJob {
  renderConfig: {
    react: {
      script?: string;
      renderTypeDeclarations?: boolean;
      apiConfiguration?: Record<string, unknown>;
    };
  };
  genericDataSchema: { models: Record<string, { fields: Record<string, unknown> }> };
  [key: string]: unknown;
}

/** Adds an optional `subtitle: String` field to the blog's Post model: a change every output shows. */
export function addPostSubtitle(job: BlogJob): void {
  const post = job.genericDataSchema.models['Post'];
  if (!post) throw new Error('the blog job has no Post model');
  post.fields['subtitle'] = {
    dataType: 'String',
    dataTypeValue: 'String',
    required: false,
    readOnly: false,
    isArray: false,
  };
}
