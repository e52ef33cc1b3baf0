import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { OutputError } from '@uibuilder-codegen/transform';

/** The manifest's file name, in the component directory. */
export const MANIFEST_FILE = '.uibuilder-codegen.json';

/** What the last run generated: paths relative to the component directory, with content hashes. */
export interface Manifest {
  readonly jobId: string;
  readonly files: Readonly<Record<string, string>>;
}

/** The sha256 of a file's text with line endings normalised to LF. */
export function contentHash(text: string): string {
  return createHash('sha256').update(normalizeLineEndings(text)).digest('hex');
}

/** CRLF and CR to LF, so that a checkout with `autocrlf` does not count as a change. */
export function normalizeLineEndings(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/** Reads the manifest in `outDir`; an absent one is empty, a corrupt one an `OutputError`. */
export function readManifest(outDir: string): Manifest {
  const file = path.join(outDir, MANIFEST_FILE);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return { jobId: '', files: {} };
  }
  try {
    const value = JSON.parse(text) as Partial<Manifest>;
    const files: Record<string, string> = Object.create(null) as Record<string, string>;
    for (const [key, hash] of Object.entries(value.files ?? {})) {
      if (typeof hash === 'string') files[key] = hash;
    }
    return { jobId: typeof value.jobId === 'string' ? value.jobId : '', files };
  } catch (error) {
    throw new OutputError(`The manifest ${file} is not valid JSON`, {
      files: [file],
      hint: 'Delete it and run again with --force to regenerate every file.',
      cause: error,
    });
  }
}

/** The manifest's text: sorted keys, two-space JSON, a final newline. */
export function renderManifest(manifest: Manifest): string {
  const files = Object.fromEntries(
    Object.entries(manifest.files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  const body = {
    generator: 'uibuilder-codegen',
    note: 'Lists the files uibuilder-codegen generated here, so it can remove stale ones and keep hand edits. Commit it.',
    jobId: manifest.jobId,
    files,
  };
  return JSON.stringify(body, null, 2) + '\n';
}
