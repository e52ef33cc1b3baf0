import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A file that may hold a prettier config or settings prettier reads: prettier 3 searches each
 * directory for `.prettierrc` (with or without an extension), `prettier.config.*` and a
 * `package.json` or `package.yaml` with a `prettier` key, and with `editorconfig: true` it reads
 * `.editorconfig` too. The prefixes, not prettier's exact list, so that a format a later prettier
 * adds still counts.
 */
function mayBeConfigFile(name: string, directory: string): boolean {
  if (name.startsWith('.prettierrc') || name.startsWith('prettier.config.')) return true;
  if (name === '.editorconfig' || name === 'package.yaml') return true;
  if (name !== 'package.json') return false;
  try {
    // A dependency named prettier counts too: erring towards "may" only costs the import.
    return readFileSync(path.join(directory, name), 'utf8').includes('"prettier"');
  } catch {
    return true;
  }
}

/**
 * Whether prettier's config resolution could find anything for a file in `directory`: true when a
 * file it reads ({@link mayBeConfigFile}) is in that directory or in any directory above it, or a
 * directory cannot be listed. When false, `prettier.resolveConfig` returns `null` for the file:
 * the emitter's prettier-stable output is final and prettier need not be imported at all (it is
 * most of a small run's start-up). A directory that does not exist yet (the output directory of a
 * first run) holds nothing. `cache` is shared across the files of one run.
 */
export function mayHavePrettierConfig(
  directory: string,
  cache: Map<string, boolean> = new Map(),
): boolean {
  const known = cache.get(directory);
  if (known !== undefined) return known;
  let found: boolean;
  try {
    found = readdirSync(directory).some((name) => mayBeConfigFile(name, directory));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    found = code !== 'ENOENT' && code !== 'ENOTDIR';
  }
  const parent = path.dirname(directory);
  const result = found || (parent !== directory && mayHavePrettierConfig(parent, cache));
  cache.set(directory, result);
  return result;
}
