import { OutputError } from '@uibuilder-codegen/core';

/**
 * Extensions a render-config path may carry. They are stripped before the extension that `script`
 * implies is added. `.d.ts` is listed before `.ts` so that `types.d.ts` loses both parts.
 */
const KNOWN_EXTENSIONS = [
  '.d.ts',
  '.ts',
  '.tsx',
  '.js',
  '.jsx',
  '.mjs',
  '.cjs',
  '.graphql',
] as const;

/**
 * Normalises a path relative to the component directory to POSIX form: `.` segments and empty
 * segments dropped, `..` resolved where it can be, kept in front where it cannot
 * (`../models/./index` -> `../models/index`). The CLI checks that the result stays inside `--root`;
 * here only what can never be a relative file path is refused.
 */
export function normalizeOutputPath(path: string): string {
  if (path.includes('\0')) {
    throw refused(path, 'contains a NUL byte');
  }
  if (path.includes('\\')) {
    throw refused(path, 'contains a backslash; use forward slashes');
  }
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path)) {
    throw refused(path, 'is absolute; paths are relative to the component directory');
  }
  if (path.endsWith('/') || path.endsWith('/.') || path.endsWith('/..') || path === '..') {
    throw refused(path, 'names a directory, not a file');
  }
  const segments: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..' && segments.length > 0 && segments[segments.length - 1] !== '..') {
      segments.pop();
    } else {
      segments.push(segment);
    }
  }
  if (segments.length === 0) {
    throw refused(path, 'names the component directory itself');
  }
  return segments.join('/');
}

/** Removes one known extension (`../API.ts` -> `../API`); other names are left alone. */
export function stripKnownExtension(path: string): string {
  const lower = path.toLowerCase();
  const extension = KNOWN_EXTENSIONS.find(
    (ext) => lower.endsWith(ext) && lower.length > ext.length,
  );
  return extension === undefined ? path : path.slice(0, -extension.length);
}

/**
 * The output stem (path without extension) for a render-config import specifier, or `undefined`
 * when the specifier is empty, which means "do not emit that file".
 */
export function outputStem(specifier: string): string | undefined {
  if (specifier.trim() === '') return undefined;
  const normalized = normalizeOutputPath(specifier);
  const stem = stripKnownExtension(normalized);
  if (stem.endsWith('/') || stem.split('/').pop() === '..' || stem.split('/').pop() === '.') {
    throw refused(specifier, 'has no file name before its extension');
  }
  return stem;
}

function refused(path: string, reason: string): OutputError {
  return new OutputError(`Output path ${JSON.stringify(path)} ${reason}`, {
    files: [path],
    hint: 'Fix the path in the job\'s renderConfig (an import specifier relative to the component directory, e.g. "../API").',
  });
}
