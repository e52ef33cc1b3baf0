import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  addPostSubtitle,
  binPath,
  blogJobPath,
  runCli,
  tempProject,
  writeBlogJob,
} from './cli-harness.js';

const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((cleanup) => cleanup()));

/** `generate --watch` as a child process, with a way to wait for what it prints. */
function startWatch(cwd: string, args: string[] = []) {
  const child = spawn(process.execPath, [binPath, 'generate', '--watch', ...args], {
    cwd,
    env: { ...process.env, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  return {
    child,
    exited,
    output: () => stderr,
    /** Waits until the output matches `pattern` `count` times. */
    waitFor: async (pattern: RegExp, count = 1) => {
      const deadline = Date.now() + 30_000;
      const global = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`);
      while ((stderr.match(global)?.length ?? 0) < count) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern}:\n${stderr}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  };
}

/** Saves a file the way editors do: a temporary file renamed over it. */
function saveAsEditor(file: string, contents: string): void {
  writeFileSync(`${file}.swp`, contents);
  renameSync(`${file}.swp`, file);
}

describe('generate --watch', () => {
  it('regenerates once per change, survives a broken job, and stops cleanly on Ctrl-C', async () => {
    const { dir, cleanup } = tempProject('uibuilder-watch-');
    cleanups.push(cleanup);
    const job = writeBlogJob(dir);
    writeFileSync(
      path.join(dir, 'uibuilder-codegen.config.json'),
      JSON.stringify({ job: { file: 'codegen-job.json' } }),
    );
    const watch = startWatch(dir);
    try {
      await watch.waitFor(/^\d\d:\d\d:\d\d Generated 5 files in \d+ ms: 5 written, 0 unchanged/m);

      // An editor's save (write + rename) and a burst of saves each give one regeneration.
      const saved = JSON.parse(readFileSync(job, 'utf8'));
      addPostSubtitle(saved.job);
      for (let i = 0; i < 3; i++) saveAsEditor(job, JSON.stringify(saved, null, i));
      await watch.waitFor(/codegen-job\.json changed: Generated 5 files/);
      expect(readFileSync(path.join(dir, 'src/API.ts'), 'utf8')).toContain(
        'subtitle?: string | null',
      );

      // A change to the config file regenerates too.
      writeFileSync(
        path.join(dir, 'uibuilder-codegen.config.json'),
        JSON.stringify({ job: { file: 'codegen-job.json' }, maxDepth: 2 }),
      );
      await watch.waitFor(/uibuilder-codegen\.config\.json changed: Generated 5 files/);

      writeFileSync(job, '{ "job": ');
      await watch.waitFor(/codegen-job\.json changed: generation failed; waiting for changes…/);
      expect(watch.output()).toMatch(
        /\[JobSourceError\] .*codegen-job\.json:1:\d+: invalid JSON.*\n {2}Resolution: Fix the JSON/,
      );
      writeFileSync(job, readFileSync(blogJobPath));
      await watch.waitFor(/codegen-job\.json changed: Generated 5 files/, 2);
      // One line per regeneration: the first run, the burst, the config, the failure, the fix.
      expect(watch.output().match(/^\d\d:\d\d:\d\d /gm)).toHaveLength(5);
    } finally {
      watch.child.kill('SIGINT');
    }
    expect(await watch.exited).toBe(130);
    expect(watch.output()).toMatch(/Stopped watching\.\n$/);
    const leftovers = readdirSync(dir, { recursive: true }).filter((f) =>
      String(f).endsWith('.tmp'),
    );
    expect(leftovers).toEqual([]);
  });

  it('exits with the error when there is nothing to watch (no job, no config file)', async () => {
    const { dir, cleanup } = tempProject('uibuilder-watch-');
    cleanups.push(cleanup);
    const run = await runCli(['generate', '--watch'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^\[UsageError\] No job given/);
  });

  it.each([
    [['--check'], /error: option '--watch' cannot be used with option '--check'/],
    [['--json'], /error: option '--watch' cannot be used with option '--json'/],
    [['--job-file', '-'], /\[UsageError\] --watch cannot read the job from stdin/],
  ])('refuses %j (exit 2)', async (args, message) => {
    const { dir, cleanup } = tempProject('uibuilder-watch-');
    cleanups.push(cleanup);
    writeBlogJob(dir);
    const jobFlags = args.includes('--job-file') ? [] : ['--job-file', 'codegen-job.json'];
    const run = await runCli(['generate', '--watch', ...jobFlags, ...args], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});
