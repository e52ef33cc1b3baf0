import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { selfAndAncestors } from '../ancestors.js';

/**
 * The CLI's version, from its own package.json, found by walking up from this module: the module
 * sits at a different depth in `src` (tests), in tsc's layout and in the bundle's chunks
 * (scripts/bundle.mjs), so no fixed relative path fits all three.
 */
export function cliVersion(from: string = import.meta.url): string {
  for (const dir of selfAndAncestors(path.dirname(fileURLToPath(from)))) {
    const pkg = readPackage(path.join(dir, 'package.json'));
    if (pkg?.name === 'uibuilder-codegen' && typeof pkg.version === 'string') return pkg.version;
  }
  throw new Error(`no uibuilder-codegen package.json above ${from}`);
}

function readPackage(file: string): { name?: unknown; version?: unknown } | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as { name?: unknown; version?: unknown };
  } catch {
    return undefined;
  }
}
