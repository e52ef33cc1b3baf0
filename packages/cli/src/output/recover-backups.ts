import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { diagnostic, type Diagnostic } from '@uibuilder-codegen/core';
import { BACKUP_NAME, exists, identityAt, moveAside, moveNoReplace } from './backup-files.js';
import { contentHash, normalizeLineEndings } from './manifest.js';
import { isRunning } from './process-alive.js';
import { readRegularFile } from './read-regular-file.js';
import { resolveInsideRoot, rootRelativePath } from './safe-path.js';

/** A backup an ended run left, and what it holds. */
interface Backup {
  readonly file: string;
  /** Its contents' hash is one this path was generated with (manifest or journal). */
  readonly ours: boolean;
}

/**
 * Settles the backups (`replaceFile`) that runs killed mid-replacement left next to the files
 * this run may write or remove, before the plan looks at them; the caller holds the lock. A target
 * that is missing gets its backup back, and so does a target holding contents we generated when a
 * backup holds anything else: a hand edit is never left aside for a file we can regenerate (the
 * plan then refuses it as a hand edit, as before the interrupted run). A backup the target makes
 * redundant (the same file, or contents we generated there) is removed. Anything else is kept, with a `BackupKept` warning naming it: never deleted blindly.
 * Backups of a process that still runs are left alone.
 */
export function recoverBackups(input: {
  readonly root: string;
  readonly outDir: string;
  /** Every path (manifest key form) this run generates, with the hashes known for it. */
  readonly paths: readonly string[];
  readonly known: ReadonlyMap<string, ReadonlySet<string>>;
}): Diagnostic[] {
  const warnings: Diagnostic[] = [];
  for (const [target, backups] of backupsByTarget(input)) {
    const known = input.known.get(backups.outPath);
    const found = backups.files.map((file) => describe(file, known));
    const edit = found.find((b) => !b.ours);
    // The run was killed after installing its file over an edit it had not yet compared: the
    // edit goes back, and the generated file (regenerated at will) is what is set aside.
    if (edit !== undefined && exists(target) && describe(target, known).ours) {
      const displaced = moveAside(target);
      if (displaced !== undefined) found.push(describe(displaced, known));
    }
    if (!exists(target)) {
      const first = edit ?? found[0];
      if (first !== undefined && moveNoReplace(first.file, target)) {
        found.splice(found.indexOf(first), 1);
      }
    }
    const now = identityAt(target);
    for (const backup of found) {
      if (backup.ours || (now !== undefined && identityAt(backup.file) === now)) {
        rmSync(backup.file, { force: true });
      } else {
        warnings.push(
          keptBackup(
            rootRelativePath(input.root, backup.file),
            rootRelativePath(input.root, target),
          ),
        );
      }
    }
  }
  return warnings;
}

/** The backups of ended runs next to each target, by the target's absolute path. */
function backupsByTarget(input: {
  readonly root: string;
  readonly outDir: string;
  readonly paths: readonly string[];
}): Map<string, { outPath: string; files: string[] }> {
  const byDir = new Map<string, Map<string, string>>();
  for (const outPath of input.paths) {
    let absolute: string;
    try {
      absolute = resolveInsideRoot(input.root, input.outDir, outPath);
    } catch {
      continue; // the plan refuses it, with the reason
    }
    const names = byDir.get(path.dirname(absolute)) ?? new Map<string, string>();
    names.set(path.basename(absolute), outPath);
    byDir.set(path.dirname(absolute), names);
  }
  const found = new Map<string, { outPath: string; files: string[] }>();
  for (const [dir, names] of byDir) {
    let entries: string[];
    try {
      entries = readdirSync(dir).sort();
    } catch {
      continue;
    }
    for (const entry of entries) {
      const match = BACKUP_NAME.exec(entry);
      const outPath = match?.[1] === undefined ? undefined : names.get(match[1]);
      if (outPath === undefined || isRunning(Number(match?.[2]))) continue;
      const target = path.join(dir, match?.[1] ?? '');
      const group = found.get(target) ?? { outPath, files: [] };
      group.files.push(path.join(dir, entry));
      found.set(target, group);
    }
  }
  return found;
}

function describe(file: string, known: ReadonlySet<string> | undefined): Backup {
  let read;
  try {
    read = readRegularFile(file, file);
  } catch {
    return { file, ours: false }; // not a regular file, unreadable: keep it, and say so
  }
  // Gone already: nothing to keep.
  if (read === undefined) return { file, ours: true };
  return { file, ours: known?.has(contentHash(normalizeLineEndings(read.text))) === true };
}

function keptBackup(backup: string, file: string): Diagnostic {
  return diagnostic('BackupKept', backup, { backup, file });
}
