import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { WriteStep } from '../../src/output/replace-file.js';
import { job, layout, write } from '../../src/output/test-support/transaction-fixture.js';
import { repoRoot } from '../cli-harness.js';

const TRANSACTION = pathToFileURL(
  path.join(repoRoot, 'packages/cli/dist/output/output-transaction.js'),
).href;

/**
 * Runs the built write transaction in a process of its own that kills itself (SIGKILL: no handler,
 * no clean-up) when `target` reaches `step`; `editAt` first saves an edit there, as an editor would.
 */
function killedAt(
  root: string,
  files: ReturnType<typeof job>,
  target: string,
  step: WriteStep,
  editAt?: WriteStep,
) {
  const script = `
    import { writeFileSync } from 'node:fs';
    import { planAndWrite } from ${JSON.stringify(TRANSACTION)};
    const [root, files, target, step, editAt] = JSON.parse(process.argv[1]);
    await planAndWrite(
      { root, outDir: root + '/src/ui-components', jobId: 'j', files, jobFile: undefined, write: true, lockTimeoutMs: 0 },
      { force: false, onWriteStep: (file, now) => {
        if (file.absolutePath !== target) return;
        if (now === editAt) writeFileSync(target, '// my edit\\n');
        if (now === step) process.kill(process.pid, 'SIGKILL');
      } },
    );`;
  const child = spawnSync(
    process.execPath,
    ['--input-type=module', '-e', script, JSON.stringify([root, files, target, step, editAt])],
    { encoding: 'utf8' },
  );
  expect(child.signal, child.stderr).toBe('SIGKILL');
}

/** Every file the out directory's runs leave behind: temporaries, backups, journal, lock. */
const leftovers = (root: string) =>
  readdirSync(root, { recursive: true })
    .map(String)
    .filter((f) => /\.(tmp|bak|journal|lock)$/.test(f));

describe('a run killed at each step of a replacement', () => {
  // Before 'aside' a kill leaves a temporary file only, as the random kills of interruption.test.ts do.
  const steps = ['aside', 'installed'] as const;
  it.each(steps)('at "%s": the next run completes without --force', async (step) => {
    const { root } = layout();
    await write(root, job('old'));
    const target = path.join(root, 'src/API.ts');
    killedAt(root, job('new'), target, step);
    // Between the rename aside and the install the file is only in its backup.
    expect(existsSync(target)).toBe(step === 'installed');
    const plan = await write(root, job('third'));
    expect(plan.files.every((f) => f.status === 'updated')).toBe(true);
    expect(readFileSync(target, 'utf8')).toContain('third');
    expect(leftovers(root)).toEqual([]);
  });

  it.each(['aside', 'installed'] as const)(
    'at "%s" after an edit saved past the re-check: the edit is back in place',
    async (step) => {
      const { root } = layout();
      await write(root, job('old'));
      const target = path.join(root, 'src/API.ts');
      killedAt(root, job('new'), target, step, 'checked');
      await expect(write(root, job('third'))).rejects.toThrow(/src\/API\.ts was edited by hand/);
      expect(readFileSync(target, 'utf8')).toBe('// my edit\n');
      expect(leftovers(root).filter((f) => f.endsWith('.bak'))).toEqual([]);
    },
  );
});
