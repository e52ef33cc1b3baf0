import { spawnSync } from 'node:child_process';
import { linkSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { job, layout, write } from './test-support/transaction-fixture.js';

let ended: number | undefined;
/** The pid of a process that has ended: the owner of a backup a killed run left. */
function deadPid(): number {
  ended ??= Number(
    spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout,
  );
  return ended;
}

/** A backup name for `src/API.ts`, as a run with `pid` makes it. */
const backupOf = (root: string, pid: number, hex = 'deadbeef') =>
  path.join(root, 'src', `.API.ts.${pid}.${hex}.bak`);
const backups = (root: string) =>
  readdirSync(path.join(root, 'src')).filter((f) => f.endsWith('.bak'));
const api = (root: string) => path.join(root, 'src/API.ts');

describe('backups left by a run killed while it replaced a file', () => {
  it('puts a missing file back from its backup, then completes the write without --force', async () => {
    const { root } = layout();
    await write(root, job('old'));
    renameSync(api(root), backupOf(root, deadPid()));
    const plan = await write(root, job('new'));
    expect(plan.files.map((f) => f.status)).toEqual(['updated', 'updated', 'updated', 'updated']);
    expect(readFileSync(api(root), 'utf8')).toContain('new');
    expect(backups(root)).toEqual([]);
  });

  it('puts an edit back at its path, and the plan refuses it as a hand edit', async () => {
    const { root } = layout();
    await write(root, job('old'));
    writeFileSync(backupOf(root, deadPid()), '// my edit\n');
    renameSync(api(root), backupOf(root, deadPid(), 'cafef00d'));
    await expect(write(root, job('new'))).rejects.toThrow(/src\/API\.ts was edited by hand/);
    expect(readFileSync(api(root), 'utf8')).toBe('// my edit\n');
    // The other backup held what we generated there: removed.
    expect(backups(root)).toEqual([]);
  });

  it('prefers an edit in a backup to the generated file installed over it', async () => {
    const { root } = layout();
    await write(root, job('old'));
    writeFileSync(backupOf(root, deadPid()), '// my edit\n');
    await expect(write(root, job('new'))).rejects.toThrow(/src\/API\.ts was edited by hand/);
    expect(readFileSync(api(root), 'utf8')).toBe('// my edit\n');
    expect(backups(root)).toEqual([]);
  });

  it('keeps, with a warning, a backup that neither we nor the file at its path account for', async () => {
    const { root } = layout();
    await write(root, job('old'));
    writeFileSync(api(root), '// newer edit\n');
    writeFileSync(backupOf(root, deadPid()), '// older edit\n');
    const plan = await write(root, job('new'), undefined, true);
    const [kept] = backups(root);
    expect(plan.warnings.map((w) => [w.code, w.path])).toEqual([['BackupKept', `src/${kept}`]]);
    expect(readFileSync(path.join(root, 'src', kept ?? ''), 'utf8')).toBe('// older edit\n');
  });

  it('removes a backup that is the file at its path, or what we generated there', async () => {
    const { root } = layout();
    await write(root, job('old'));
    linkSync(api(root), backupOf(root, deadPid()));
    writeFileSync(backupOf(root, deadPid(), 'cafef00d'), readFileSync(api(root)));
    await write(root, job('new'));
    expect(backups(root)).toEqual([]);
  });

  it('leaves alone the backup of a process that still runs', async () => {
    const { root } = layout();
    await write(root, job('old'));
    writeFileSync(backupOf(root, process.ppid), '// theirs\n');
    const plan = await write(root, job('new'));
    expect(plan.warnings).toEqual([]);
    expect(backups(root)).toEqual([path.basename(backupOf(root, process.ppid))]);
  });

  it('removes the temporary file of a journal a killed run was writing', async () => {
    const { root, outDir } = layout();
    await write(root, job('old'));
    const temporary = path.join(outDir, `..uibuilder-codegen.journal.${deadPid()}.deadbeef.tmp`);
    writeFileSync(temporary, '{');
    await write(root, job('new'));
    expect(readdirSync(outDir)).toEqual(['.uibuilder-codegen.json']);
  });
});
