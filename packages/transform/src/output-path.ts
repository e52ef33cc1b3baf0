/**
 * The rules for a path the render config names (DESIGN.md §4): an import specifier relative to the
 * component directory, with or without an extension. Decided here once; emit writes what the IR
 * holds and never reads a render-config path itself.
 */

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

/** A path normalised, or why it can never name a file relative to the component directory. */
export type PathResult =
  { readonly ok: true; readonly path: string } | { readonly ok: false; readonly reason: string };

/**
 * Normalises a path relative to the component directory to POSIX form: `.` segments and empty
 * segments dropped, `..` resolved where it can be, kept in front where it cannot
 * (`../models/./index` -> `../models/index`). The CLI checks that the result stays inside `--root`;
 * here only what can never be a relative file path is refused.
 */
export function normalizeOutputPath(path: string): PathResult {
  if (path.includes('\0')) return refused('contains a NUL byte');
  if (path.includes('\\')) return refused('contains a backslash; use forward slashes');
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path))
    return refused('is absolute; paths are relative to the component directory');
  if (path.endsWith('/') || path.endsWith('/.') || path.endsWith('/..') || path === '..')
    return refused('names a directory, not a file');
  const segments: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..' && segments.length > 0 && segments[segments.length - 1] !== '..') {
      segments.pop();
    } else {
      segments.push(segment);
    }
  }
  if (segments.length === 0) return refused('names the component directory itself');
  return { ok: true, path: segments.join('/') };
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
 * The output stem (normalised path without extension) of a non-empty render-config import
 * specifier, or why it names no file.
 */
export function outputStem(specifier: string): PathResult {
  const normalized = normalizeOutputPath(specifier);
  if (!normalized.ok) return normalized;
  const stem = stripKnownExtension(normalized.path);
  const last = stem.split('/').pop();
  if (stem.endsWith('/') || last === '..' || last === '.')
    return refused('has no file name before its extension');
  return { ok: true, path: stem };
}

/**
 * The import specifier from one output stem to another (APPSYNC-CONVENTIONS.md §2.3: no
 * extension, `./` added when needed), or `undefined` when it would climb out of a directory above
 * the component directory, whose name is not known here (`../../x/queries` importing `../API`).
 */
export function importSpecifier(fromStem: string, toStem: string): string | undefined {
  const from = fromStem.split('/');
  const to = toStem.split('/');
  const fromDir = from.slice(0, -1);
  let common = 0;
  while (common < fromDir.length && common < to.length - 1 && fromDir[common] === to[common])
    common += 1;
  const up = fromDir.slice(common);
  if (up.includes('..')) return undefined;
  const relative = [...up.map(() => '..'), ...to.slice(common)].join('/');
  return relative.startsWith('.') ? relative : `./${relative}`;
}

function refused(reason: string): PathResult {
  return { ok: false, reason };
}
