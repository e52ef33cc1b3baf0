import { randomBytes } from 'node:crypto';
import {
  closeSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmdirSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { OutputError } from '@uibuilder-codegen/core';
import { isRunning } from './process-alive.js';
import { selfAndAncestors } from '../ancestors.js';

/** The lock's file name, in the component directory. */
export const LOCK_FILE = '.uibuilder-codegen.lock';

/** How often a waiting run looks at the lock again. */
const POLL_MS = 50;
/** A lock (or break marker) this old that names no owner was left by a crash while creating it. */
const ORPHAN_MS = 2_000;

/** Who holds a lock: written into the lock file as JSON. */
interface LockOwner {
  readonly pid: number;
  readonly host: string;
  /** Tells two locks of one pid apart (a reused pid; two runs in one process). */
  readonly token: string;
}

/** The lock file as read: its exact text, and its owner when the text names one. */
interface LockState {
  readonly text: string;
  readonly owner: LockOwner | undefined;
}

/** Tokens of the locks this process holds: a lock with our pid and another token is stale. */
const heldHere = new Set<string>();

/** A held lock; `release` removes the file if it is still ours. */
export interface OutDirLock {
  release(): void;
}

/**
 * Takes the component directory's lock, so that one run at a time plans and writes there: creates
 * `.uibuilder-codegen.lock` exclusively (`O_EXCL`) holding this process's pid and host name. A lock
 * whose owner ran on this host and has ended is stale and is broken; one held by a live process
 * (or by another host, whose processes cannot be checked) is waited for up to `timeoutMs`, then the
 * run stops with an `OutputError` (exit 5) naming the holder.
 */
export async function acquireOutDirLock(
  outDir: string,
  options: { timeoutMs: number; signal?: AbortSignal },
): Promise<OutDirLock> {
  // A refused run must leave nothing behind, not even the directory its lock needed.
  const created = mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, LOCK_FILE);
  const owner: LockOwner = {
    pid: process.pid,
    host: os.hostname(),
    token: randomBytes(8).toString('hex'),
  };
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    options.signal?.throwIfAborted();
    if (tryCreate(file, owner, outDir)) break;
    const state = readLock(file);
    if (state !== undefined && isStale(file, state)) {
      breakStaleLock(file, state);
      continue;
    }
    if (Date.now() >= deadline) throw heldError(file, state?.owner, options.timeoutMs);
    await sleep(POLL_MS, undefined, options.signal ? { signal: options.signal } : {});
  }
  heldHere.add(owner.token);
  return {
    release() {
      heldHere.delete(owner.token);
      if (readLock(file)?.owner?.token === owner.token) rmSync(file, { force: true });
      if (created !== undefined) removeEmptyDirectories(outDir, created);
    },
  };
}

function tryCreate(file: string, owner: LockOwner, outDir: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'wx');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    // A run that created the directory and was refused removed it again: create it once more.
    if (code === 'ENOENT') {
      mkdirSync(outDir, { recursive: true });
      return false;
    }
    throw new OutputError(`Could not create the lock ${file}: ${(error as Error).message}`, {
      files: [file],
      hint: 'Check that the output directory is writable.',
      cause: error,
    });
  }
  try {
    writeSync(fd, JSON.stringify(owner) + '\n');
  } finally {
    closeSync(fd);
  }
  return true;
}

function readLock(file: string): LockState | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const value = JSON.parse(text) as Partial<LockOwner> | null;
    if (
      typeof value?.pid === 'number' &&
      typeof value.host === 'string' &&
      typeof value.token === 'string'
    ) {
      return { text, owner: { pid: value.pid, host: value.host, token: value.token } };
    }
  } catch {
    // Not (yet) an owner: see isStale.
  }
  return { text, owner: undefined };
}

function isStale(file: string, { owner }: LockState): boolean {
  // Empty or garbled: a process died between creating the file and writing its owner.
  if (owner === undefined) return ageMs(file) > ORPHAN_MS;
  if (owner.host !== os.hostname()) return false;
  if (owner.pid === process.pid) return !heldHere.has(owner.token);
  return !isRunning(owner.pid);
}

/**
 * Removes a stale lock, but only the one judged stale: two runs may find it stale at once, and the
 * second must not remove the fresh lock the first one then created. A break marker, itself created
 * exclusively, lets one run at a time look again and remove.
 */
function breakStaleLock(file: string, judged: LockState): void {
  const marker = `${file}.break`;
  let fd: number;
  try {
    fd = openSync(marker, 'wx');
  } catch {
    // Another run is breaking it; a marker left by a run that died here is removed once old.
    if (ageMs(marker) > ORPHAN_MS) rmSync(marker, { force: true });
    return;
  }
  closeSync(fd);
  try {
    if (readLock(file)?.text === judged.text) rmSync(file, { force: true });
  } finally {
    rmSync(marker, { force: true });
  }
}

/** Removes `dir` and its parents up to `top`, each only while empty; never anything else. */
function removeEmptyDirectories(dir: string, top: string): void {
  for (const current of selfAndAncestors(dir)) {
    try {
      rmdirSync(current);
    } catch {
      return;
    }
    if (current === top) return;
  }
}

function ageMs(file: string): number {
  try {
    return Date.now() - statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

function heldError(file: string, owner: LockOwner | undefined, timeoutMs: number): OutputError {
  const holder = owner
    ? `process ${owner.pid} on ${owner.host === os.hostname() ? 'this machine' : `host ${owner.host}`}`
    : 'another process';
  return new OutputError(
    `Another uibuilder-codegen run (${holder}) is writing to ${path.dirname(file)}; waited ${Math.round(timeoutMs / 1000)} s`,
    {
      files: [file],
      hint: `Wait for it to finish and run again (or pass a longer --lock-timeout). If no such run is active, delete ${file}.`,
    },
  );
}
