import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GeneratedFile } from '../generated-file.js';

/** The emit package, whose `node_modules` generated code may import from (`@aws-amplify/datastore`). */
export const EMIT_PACKAGE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** A temporary project holding generated files, laid out as the CLI would write them. */
export interface TempProject {
  /** The project root (holds `node_modules`, a link to the given package's). */
  readonly root: string;
  /** The component directory (`--out`) the files' paths are relative to. */
  readonly componentDir: string;
  /** Removes the whole directory. */
  readonly remove: () => void;
}

/**
 * Writes generated files under a new directory in `os.tmpdir()`: the component directory is
 * `<root>/.../src/ui-components`, deep enough that every `../` in the paths stays inside `root`.
 * `extraFiles` (paths relative to the component directory) are written too.
 */
export function writeTempProject(
  files: readonly GeneratedFile[],
  extraFiles: readonly GeneratedFile[] = [],
  nodeModulesFrom: string = EMIT_PACKAGE_DIR,
): TempProject {
  const root = mkdtempSync(join(tmpdir(), 'uibuilder-codegen-'));
  const ups =
    Math.max(
      0,
      ...[...files, ...extraFiles].map((f) => /^(\.\.\/)*/.exec(f.path)?.[0].length ?? 0),
    ) / 3;
  const extraLevels = Array.from({ length: Math.max(0, ups - 1) }, (_, i) => `l${i}`);
  const componentDir = join(root, ...extraLevels, 'src', 'ui-components');
  for (const file of [...files, ...extraFiles]) {
    const target = join(componentDir, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.contents);
  }
  symlinkSync(join(nodeModulesFrom, 'node_modules'), join(root, 'node_modules'), 'dir');
  return { root, componentDir, remove: () => rmSync(root, { recursive: true, force: true }) };
}
