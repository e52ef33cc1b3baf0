import { createHash } from 'node:crypto';
import { OutputError } from '@uibuilder-codegen/core';
import { textChunks } from './text-chunks.js';

/** The manifest's file name, in the component directory. */
export const MANIFEST_FILE = '.uibuilder-codegen.json';

/** What a run generated (or, in the journal, is about to): paths relative to the component directory, with content hashes. */
export interface Manifest {
  readonly jobId: string;
  readonly files: Readonly<Record<string, string>>;
}

/** A sha256 in hex, as {@link contentHash} gives it. */
const HASH = /^[0-9a-f]{64}$/;

/** The sha256 of a file's text with line endings normalised to LF. */
export function contentHash(text: string): string {
  const hash = createHash('sha256');
  for (const chunk of textChunks(normalizeLineEndings(text))) hash.update(chunk);
  return hash.digest('hex');
}

/** CRLF and CR to LF, so that a checkout with `autocrlf` does not count as a change. */
export function normalizeLineEndings(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/**
 * Parses a manifest (or the journal, which has the same shape) as read with `readRegularFile`: an
 * absent file (`undefined`) is empty; text that is not a manifest is an `OutputError` (exit 5). A
 * UTF-8 byte order mark (some editors add one) is accepted. Entries whose value is not a sha256
 * are dropped here; which of the others may be acted on is decided by `knownGeneratedFiles`.
 */
export function parseManifest(text: string | undefined, shown: string): Manifest {
  if (text === undefined) return { jobId: '', files: {} };
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw corrupt(shown, 'is not valid JSON', error);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw corrupt(shown, 'is not a JSON object');
  }
  const { jobId, files: entries } = value as { jobId?: unknown; files?: unknown };
  if (entries !== undefined && (entries === null || typeof entries !== 'object')) {
    throw corrupt(shown, 'has a "files" that is not an object');
  }
  const files: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [key, hash] of Object.entries(entries ?? {})) {
    if (typeof hash === 'string' && HASH.test(hash)) files[key] = hash;
  }
  return { jobId: typeof jobId === 'string' ? jobId : '', files };
}

function corrupt(shown: string, why: string, cause?: unknown): OutputError {
  return new OutputError(`The manifest ${shown} ${why}`, {
    files: [shown],
    hint: 'Restore it from version control, or delete it and run again with --force to regenerate every file.',
    cause,
  });
}

/** The manifest's text: sorted keys, two-space JSON, a final newline. */
export function renderManifest(
  manifest: Manifest,
  note = 'Lists the files uibuilder-codegen generated here, so it can remove stale ones and keep hand edits. Commit it.',
): string {
  const files = Object.fromEntries(
    Object.entries(manifest.files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  const body = { generator: 'uibuilder-codegen', note, jobId: manifest.jobId, files };
  return JSON.stringify(body, null, 2) + '\n';
}
