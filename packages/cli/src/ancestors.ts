import path from 'node:path';

/**
 * `dir` (resolved), then each directory above it, up to the filesystem's root: the one walk up
 * the tree behind the config search, the CLI's own package.json and the removal of emptied
 * directories, each stopping where it must.
 */
export function* selfAndAncestors(dir: string): Generator<string, void, undefined> {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    yield current;
    if (path.dirname(current) === current) return;
  }
}
