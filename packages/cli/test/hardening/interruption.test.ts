import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  sampleUnlessFull,
  scaleUnlessFull,
} from '../../../transform/src/test-support/test-scale.js';
import { binPath, generateInProcess } from '../cli-harness.js';
import {
  FAKE_CREDENTIALS,
  prng,
  readTree,
  runHardened,
  scratchDir,
  syntheticJob,
  writeJob,
} from './hardening-support.js';

/**
 * How many times a generation is killed: 16 in `pnpm test`, 30 in `pnpm test:full`;
 * `KILL_RUNS=100` for a longer local run.
 */
const KILL_RUNS = Number(process.env['KILL_RUNS'] ?? scaleUnlessFull(30, 16));
const MODELS = 150;

const cleanups: (() => void)[] = [];
let base: string;
let oldJob: string;
let newJob: string;
/** A third job, generated over whatever a killed run left. */
let thirdJob: string;
/** The out tree after a complete run of each job (relative path -> contents). */
let oldTree: Map<string, string>;
let newTree: Map<string, string>;
/** A pristine copy of the project holding the old generation. */
let pristine: string;

/**
 * Runs the CLI and sends `signal` `delayMs` after stderr shows `stage` (`''`: after spawning).
 * Resolves to the exit code (null when killed) and whether the signal was sent before the exit.
 */
function interrupt(
  cwd: string,
  job: string,
  signal: NodeJS.Signals,
  stage: string,
  delayMs: number,
) {
  return new Promise<{
    code: number | null;
    exitSignal: string | null;
    sent: boolean;
    stderr: string;
  }>((resolve, reject) => {
    const child = spawn(process.execPath, [binPath, 'generate', '--job-file', job, '--verbose'], {
      cwd,
      env: { ...process.env, ...FAKE_CREDENTIALS, NO_COLOR: '1' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    let armed = false;
    let sent = false;
    const arm = () => {
      armed = true;
      setTimeout(() => (sent = child.exitCode === null && child.kill(signal)), delayMs);
    };
    if (stage === '') arm();
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (!armed && stderr.includes(stage)) arm();
    });
    child.on('error', reject);
    child.on('close', (code, exitSignal) => resolve({ code, exitSignal, sent, stderr }));
  });
}

/** `.<name>.<pid>.<hex>.bak`: a file a killed run had set aside while it replaced it. */
const BACKUP = /^(.*\/)?\.(.+)\.\d+\.[0-9a-f]{8}\.bak$/;

/**
 * Every file is byte-identical to its old or its new version, or (killed between setting it aside
 * and installing the new one) absent with a backup that holds its old version. Temporary files and
 * backups are reported: the next run removes or restores them.
 */
function expectOldOrNew(dir: string): string[] {
  const leftovers: string[] = [];
  const tree = readTree(dir);
  for (const [file, contents] of tree) {
    if (/(^|\/)\.[^/]+\.tmp$/.test(file)) {
      leftovers.push(file);
      continue;
    }
    const backup = BACKUP.exec(file);
    if (backup) {
      leftovers.push(file);
      const target = `${backup[1] ?? ''}${backup[2] ?? ''}`;
      expect(contents === oldTree.get(target), `${file} is not the old ${target}`).toBe(true);
      continue;
    }
    const old = oldTree.get(file);
    const fresh = newTree.get(file);
    expect(
      old !== undefined || fresh !== undefined,
      `${file} is neither an old nor a new file`,
    ).toBe(true);
    expect(contents === old || contents === fresh, `${file} is torn: neither old nor new`).toBe(
      true,
    );
  }
  for (const file of oldTree.keys()) {
    const aside = [...tree.keys()].some((f) => BACKUP.exec(f)?.slice(1).join('') === file);
    // (A file the new job no longer generates may be gone: removed as stale.)
    expect(tree.has(file) || aside || !newTree.has(file), `${file} is lost`).toBe(true);
  }
  return leftovers;
}

beforeAll(async () => {
  base = scratchDir(cleanups);
  const jobs = path.join(base, 'jobs');
  mkdirSync(jobs);
  const one = await syntheticJob(MODELS, 'graphQL');
  const two = await syntheticJob(MODELS, 'graphQL');
  // A different job: other ids, another model, and so different contents in every file.
  two.job.id = 'a-different-job';
  two.job.genericDataSchema.models['Extra'] = {
    primaryKeys: ['id'],
    fields: { id: { dataType: 'ID', dataTypeValue: 'ID', required: true } },
  };
  oldJob = writeJob(jobs, one.job, 'old.json.job');
  newJob = writeJob(jobs, two.job, 'new.json.job');
  const three = structuredClone(two);
  three.job.id = 'a-third-job';
  thirdJob = writeJob(jobs, three.job, 'third.json.job');
  pristine = path.join(base, 'pristine');
  const fresh = path.join(base, 'fresh');
  mkdirSync(pristine);
  mkdirSync(fresh);
  // The old and new trees come from the library in this process: the kills are the CLI's runs.
  for (const [job, cwd] of [
    [oldJob, pristine],
    [newJob, fresh],
  ] as const) {
    const run = await generateInProcess({ job: { file: job }, cwd });
    expect(run.code, run.stderr).toBe(0);
  }
  oldTree = readTree(pristine);
  newTree = readTree(fresh);
  for (const [file, contents] of newTree) expect(oldTree.get(file), file).not.toBe(contents);
}, 300_000);

describe('interruption', () => {
  it(`SIGKILL at ${KILL_RUNS} random points leaves every file old or new, and the next run cleans up`, async () => {
    const random = prng(20261129);
    const project = path.join(base, 'killed');
    // `write…` starts the lock, the plan and the writes (about 150 ms for this job): kills spread
    // over it land between renames, which is what the journal is for.
    const stages = ['', 'format…', 'write…', 'write…'];
    let killedWhileRunning = 0;
    let sawMixed = 0;
    let sawTemporaries = 0;
    let sawBackups = 0;
    const withTemporaries = path.join(base, 'with-temporaries');
    for (let i = 0; i < KILL_RUNS; i += 1) {
      rmSync(project, { recursive: true, force: true });
      cpSync(pristine, project, { recursive: true });
      const stage = stages[i % stages.length] ?? '';
      const delay =
        stage === ''
          ? Math.floor(random() * 2500)
          : Math.floor(random() * (stage === 'format…' ? 150 : 180));
      const result = await interrupt(project, newJob, 'SIGKILL', stage, delay);
      if (result.sent) killedWhileRunning += 1;
      const leftovers = expectOldOrNew(project);
      if (leftovers.some((f) => f.endsWith('.bak'))) sawBackups += 1;
      if (leftovers.length > 0) {
        sawTemporaries += 1;
        if (sawTemporaries === 1) cpSync(project, withTemporaries, { recursive: true });
      }
      const files = readTree(project);
      const newer = [...newTree].filter(([f, c]) => files.get(f) === c).length;
      if (newer > 0 && newer < newTree.size) {
        sawMixed += 1;
        // A third job over the first mixes (each costs a run; more add little).
        if (sawMixed > 3) continue;
        // The journal makes every file of the killed run recognisable: a third job needs no --force.
        const mixed = path.join(base, 'mixed');
        rmSync(mixed, { recursive: true, force: true });
        cpSync(project, mixed, { recursive: true });
        const third = await runHardened(['generate', '--job-file', thirdJob], { cwd: mixed });
        expect(third.stderr).not.toContain('edited by hand');
        expect(third.code, third.stderr).toBe(0);
        expect(readdirSync(path.join(mixed, 'src/ui-components'))).toEqual([
          '.uibuilder-codegen.json',
        ]);
      }
    }
    console.info(
      `SIGKILL: ${killedWhileRunning}/${KILL_RUNS} killed while running, ${sawMixed} stopped mid-write (old and new files side by side, as expected), ${sawTemporaries} left a temp file or a backup (removed or restored by the next run), ${sawBackups} a backup`,
    );
    // A run after a kill that left a temp file or a backup behind removes or restores it.
    if (sawTemporaries > 0) {
      const after = await runHardened(['generate', '--job-file', newJob], { cwd: withTemporaries });
      expect(after.code).toBe(0);
      expect(expectOldOrNew(withTemporaries)).toEqual([]);
    }
    // The kills did land while the CLI was running (not only after it finished).
    // (On a quiet machine a run can finish before a late kill: a quarter must land.)
    expect(killedWhileRunning).toBeGreaterThanOrEqual(KILL_RUNS / 4);
    // The next run after the last kill completes the new generation and leaves no temp file.
    const next = await runHardened(['generate', '--job-file', newJob], { cwd: project });
    expect(next.stderr).not.toContain('Error');
    expect(next.code).toBe(0);
    expect(expectOldOrNew(project)).toEqual([]);
    expect(readTree(project)).toEqual(newTree);
  });

  it.each([
    ['SIGINT', 130, 7],
    ['SIGTERM', 143, 8],
    ['SIGHUP', 129, 9],
  ] as const)(
    '%s cancels cleanly: exit %i (or 0 when it came too late), complete files, no temp files',
    async (signal, exitCode, seed) => {
      const random = prng(seed);
      const project = path.join(base, `interrupted-${signal}`);
      let stoppedWriting = 0;
      // Two of the four points in `pnpm test`, a write and either start-up or formatting by the
      // sample seed (test-scale.ts); all four in test:full.
      for (const stage of sampleUnlessFull(['', 'format…', 'write…', 'write…'], 2)) {
        rmSync(project, { recursive: true, force: true });
        cpSync(pristine, project, { recursive: true });
        const result = await interrupt(
          project,
          newJob,
          signal,
          stage,
          // The write stage (lock, plan, writes) takes about 150 ms: spread over it.
          Math.floor(random() * (stage === '' ? 400 : stage === 'write…' ? 150 : 5)),
        );
        if (result.sent && result.code === null) {
          // Before the CLI has loaded (no stage printed yet), or after the run has finished and
          // released its handlers (the summary printed), Node's default handling ends it.
          expect(result.exitSignal).toBe(signal);
          if (result.stderr.includes('load…')) expect(result.stderr).toMatch(/Generated \d+ files/);
        } else if (result.sent) {
          expect([exitCode, 0], result.stderr).toContain(result.code);
          if (result.code === exitCode)
            expect(result.stderr).toContain(`[Cancelled] Interrupted by ${signal}`);
          if (result.code === exitCode && stage === 'write…') stoppedWriting += 1;
        } else expect(result.code).toBe(0);
        expect(result.stderr).not.toContain('InternalError');
        expect(expectOldOrNew(project)).toEqual([]);
        // The lock is released; whatever a run stopped while writing left, the next run
        // completes without --force.
        expect(existsSync(path.join(project, 'src/ui-components/.uibuilder-codegen.lock'))).toBe(
          false,
        );
        if (stage === 'write…') {
          const next = await runHardened(['generate', '--job-file', thirdJob], { cwd: project });
          expect(next.code, next.stderr).toBe(0);
        }
      }
      console.info(`${signal}: stopped ${stoppedWriting} run(s) while writing`);
    },
  );
});

afterAll(() => cleanups.forEach((c) => c()));
