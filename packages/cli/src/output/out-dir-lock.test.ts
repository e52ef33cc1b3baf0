import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { OutputError } from '@uibuilder-codegen/core';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireOutDirLock, LOCK_FILE } from './out-dir-lock.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
function outDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'uibuilder-lock-'));
  dirs.push(dir);
  return dir;
}

/** The pid of a process that has ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(child.stdout.toString());
}

const writeLock = (dir: string, owner: object) =>
  writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify(owner));

describe('acquireOutDirLock', () => {
  it('holds pid and host; a second run in this process waits until the first releases', async () => {
    const dir = outDir();
    const first = await acquireOutDirLock(dir, { timeoutMs: 0 });
    const owner = JSON.parse(readFileSync(path.join(dir, LOCK_FILE), 'utf8')) as object;
    expect(owner).toMatchObject({ pid: process.pid, host: os.hostname() });
    const started = Date.now();
    setTimeout(() => first.release(), 300);
    const second = await acquireOutDirLock(dir, { timeoutMs: 5_000 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    second.release();
    expect(existsSync(path.join(dir, LOCK_FILE))).toBe(false);
  });

  it.each([
    [
      'a live process on this host',
      () => ({ pid: process.ppid, host: os.hostname(), token: 't' }),
      /process \d+ on this machine/,
    ],
    [
      'a process on another host',
      () => ({ pid: 1, host: 'build-agent-7', token: 't' }),
      /host build-agent-7/,
    ],
  ])('waits for %s, then stops with exit 5 naming it', async (_name, owner, named) => {
    const dir = outDir();
    writeLock(dir, owner());
    const error = await acquireOutDirLock(dir, { timeoutMs: 200 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutputError);
    expect((error as OutputError).exitCode).toBe(5);
    expect((error as Error).message).toMatch(named);
    expect((error as OutputError).hint).toContain(LOCK_FILE);
  });

  it.each([
    [
      'a process that has ended',
      (dir: string) => writeLock(dir, { pid: deadPid(), host: os.hostname(), token: 't' }),
    ],
    [
      'this pid with another token (a reused pid)',
      (dir: string) => writeLock(dir, { pid: process.pid, host: os.hostname(), token: 'old' }),
    ],
    [
      'no owner, left by a crash seconds ago',
      (dir: string) => {
        writeFileSync(path.join(dir, LOCK_FILE), '');
        const old = new Date(Date.now() - 10_000);
        utimesSync(path.join(dir, LOCK_FILE), old, old);
      },
    ],
  ])('breaks a stale lock held by %s', async (_name, stale) => {
    const dir = outDir();
    stale(dir);
    const lock = await acquireOutDirLock(dir, { timeoutMs: 0 });
    expect(readFileSync(path.join(dir, LOCK_FILE), 'utf8')).toContain(`"pid":${process.pid}`);
    lock.release();
  });

  it('release leaves a lock that is no longer its own', async () => {
    const dir = outDir();
    const lock = await acquireOutDirLock(dir, { timeoutMs: 0 });
    writeLock(dir, { pid: process.ppid, host: os.hostname(), token: 'someone-else' });
    lock.release();
    expect(readFileSync(path.join(dir, LOCK_FILE), 'utf8')).toContain('someone-else');
  });

  it('removes the directory it created for the lock when it is left empty', async () => {
    const parent = outDir();
    const dir = path.join(parent, 'src/ui-components');
    const lock = await acquireOutDirLock(dir, { timeoutMs: 0 });
    lock.release();
    expect(existsSync(path.join(parent, 'src'))).toBe(false);
  });
});
