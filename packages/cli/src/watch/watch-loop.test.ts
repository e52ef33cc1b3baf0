import { mkdtempSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunOutcome } from './generation-session.js';
import { watchAndGenerate } from './watch-loop.js';

const blogJob = readFileSync(
  fileURLToPath(new URL('../../../../examples/blog/codegen-job.json', import.meta.url)),
  'utf8',
);
const silent = { info: () => {}, warn: () => {}, debug: () => {} };

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Runs the watch loop on the blog job in a fresh directory; `onRun` hears each outcome and may
 * change files. Stops after `runs` outcomes, or once none has come for 2 s, and returns them.
 */
async function watchRuns(
  runs: number,
  onRun: (outcome: RunOutcome, jobFile: string) => void = () => {},
  prepare: (jobFile: string) => void = () => {},
): Promise<RunOutcome[]> {
  dir = mkdtempSync(path.join(os.tmpdir(), 'uibuilder-watch-loop-'));
  const jobFile = path.join(dir, 'codegen-job.json');
  writeFileSync(jobFile, blogJob);
  prepare(jobFile);
  const controller = new AbortController();
  const outcomes: RunOutcome[] = [];
  let quiet: ReturnType<typeof setTimeout> | undefined;
  await watchAndGenerate(
    { cwd: dir, job: { file: jobFile }, outDir: 'out', logger: silent, signal: controller.signal },
    (outcome) => {
      outcomes.push(outcome);
      clearTimeout(quiet);
      quiet = setTimeout(() => controller.abort(), 2_000);
      if (outcomes.length === runs) controller.abort();
      onRun(outcome, jobFile);
    },
    20,
  );
  clearTimeout(quiet);
  return outcomes;
}

describe('the watch loop', () => {
  it('sees a save made the moment a run is reported (its inputs are watched by then)', async () => {
    const outcomes = await watchRuns(2, (outcome, jobFile) => {
      if (outcome.changed.length > 0) return;
      // An editor's save: a new file renamed over the job, before any other event can run.
      writeFileSync(`${jobFile}.swp`, `${blogJob}\n`);
      renameSync(`${jobFile}.swp`, jobFile);
    });
    expect(outcomes.map((outcome) => outcome.changed.map((file) => path.basename(file)))).toEqual([
      [],
      ['codegen-job.json'],
    ]);
    expect(outcomes.map((outcome) => (outcome.ok ? 'ok' : String(outcome.error)))).toEqual([
      'ok',
      'ok',
    ]);
  });

  it('regenerates once when an input was modified after the first run began', async () => {
    // What a save during the first run leaves: a modification time later than the run's start,
    // from before the directory was watched, so no event reports it.
    const later = new Date(Date.now() + 60_000);
    const outcomes = await watchRuns(2, undefined, (jobFile) => utimesSync(jobFile, later, later));
    expect(outcomes.map((outcome) => outcome.changed.map((file) => path.basename(file)))).toEqual([
      [],
      ['codegen-job.json'],
    ]);
  });

  it('does not regenerate on its own when nothing changed', async () => {
    const outcomes = await watchRuns(2, undefined, (jobFile) => {
      const earlier = new Date(Date.now() - 60_000);
      utimesSync(jobFile, earlier, earlier);
    });
    expect(outcomes).toHaveLength(1);
  });
});
