import yauzl from 'yauzl';
import { MANIFEST_FILE } from '../output/manifest.js';
import { refuseAsset } from './refuse-asset.js';

/** Names our own state uses in the out directory: an asset may not write them. */
const RESERVED = new Set([MANIFEST_FILE.toLowerCase(), '.uibuilder-codegen.lock']);

/**
 * Checks one file name from an asset (a zip entry or a manifest's `fileName`) and returns it as a
 * POSIX path relative to `--out`. Refused (`JobSourceError`, exit 3, the name JSON-escaped):
 * absolute paths, drive letters, backslashes, `.` and `..` segments, empty segments, control
 * characters, names over 512 characters, and our own state files. Directory entries end in `/`
 * and come back with it.
 */
export function checkEntryName(name: string, archive: string): string {
  const refuse = (why: string) =>
    refuseAsset(`The ${archive} holds an unsafe entry ${JSON.stringify(name)}: ${why}`, name);
  if (name.length === 0 || name.length > 512) throw refuse('its length is not 1 to 512');
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) throw refuse('it contains a control character');
  if (name.includes('\\')) throw refuse('it contains a backslash');
  if (name.startsWith('/')) throw refuse('it is an absolute path');
  if (/^[A-Za-z]:/.test(name)) throw refuse('it starts with a drive letter');
  const segments = name.replace(/\/$/, '').split('/');
  if (segments.some((segment) => segment === '..')) throw refuse('it climbs out with ..');
  if (segments.some((segment) => segment === '' || segment === '.'))
    throw refuse('it has an empty or "." segment');
  // yauzl's own check (absolute, drive letters, `..`, backslashes), in case ours misses a form.
  const libraryVerdict = yauzl.validateFileName(name);
  if (libraryVerdict !== null) throw refuse(libraryVerdict);
  if (RESERVED.has((segments.at(-1) ?? '').toLowerCase()) && segments.length === 1)
    throw refuse('it would overwrite uibuilder-codegen state');
  return name;
}

/**
 * Refuses two entries that name the same file, exactly or on a case-insensitive file system
 * (macOS, Windows), or a file where another entry needs a directory.
 */
export function checkEntrySet(names: readonly string[], archive: string): void {
  const seen = new Map<string, string>();
  const files = new Set<string>();
  for (const name of names) {
    const folded = name.normalize('NFC').toLowerCase();
    const earlier = seen.get(folded);
    if (earlier !== undefined) {
      const how = earlier === name ? 'twice' : `and also as ${JSON.stringify(earlier)}`;
      throw refuseAsset(
        `The ${archive} holds ${JSON.stringify(name)} ${how} (file names are case-insensitive on macOS and Windows)`,
        name,
      );
    }
    seen.set(folded, name);
    if (!name.endsWith('/')) files.add(folded);
  }
  for (const folded of seen.keys()) {
    const segments = folded.replace(/\/$/, '').split('/');
    for (let i = 1; i < segments.length; i += 1) {
      const parent = segments.slice(0, i).join('/');
      if (files.has(parent)) {
        throw refuseAsset(
          `The ${archive} holds ${JSON.stringify(seen.get(parent))} as a file and as a directory`,
          seen.get(folded),
        );
      }
    }
  }
}
