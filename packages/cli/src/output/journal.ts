import { rmSync } from 'node:fs';
import path from 'node:path';
import { renderManifest, type Manifest } from './manifest.js';
import { syncDirectory, writeFileAtomic } from './write-atomic.js';

/** The journal's file name, in the component directory. */
export const JOURNAL_FILE = '.uibuilder-codegen.journal';

/**
 * Records, before the first file is replaced, every file a run is about to write with the hash of
 * its new contents (the manifest's shape; read back with `readManifest`). The manifest is written
 * last, so a run stopped in between (SIGKILL, a power cut, an I/O error) leaves files that are
 * neither in the old manifest nor hand edits: the next run reads the journal and recognises them as
 * ours. The journal is flushed, and its directory entry too, before any target is touched. A file a
 * killed run had set aside is not listed: the next run finds its backup by name next to the file
 * (`recoverBackups`), and these hashes tell it whether the backup holds what we generated.
 */
export function writeJournal(file: string, pending: Manifest): void {
  writeFileAtomic(
    file,
    renderManifest(
      pending,
      'A uibuilder-codegen run was writing these files; the next run completes it. Do not commit it.',
    ),
  );
  syncDirectory(path.dirname(file));
}

/** Removes the journal once the manifest that supersedes it is written. */
export function removeJournal(file: string): void {
  rmSync(file, { force: true });
}
