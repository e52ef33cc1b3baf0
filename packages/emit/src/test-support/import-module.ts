import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { GeneratedFile } from '../generated-file.js';
import { writeTempProject } from './temp-dir.js';

/**
 * Writes generated files to a temporary ES-module package (`{"type":"module"}`) and imports one
 * of them in Node, as a user's bundler-free code would. `path` is relative to the component
 * directory (`'../models/index.js'`).
 */
export async function importGenerated(
  files: readonly GeneratedFile[],
  path: string,
): Promise<Record<string, unknown>> {
  const project = writeTempProject(files);
  try {
    writeFileSync(join(project.root, 'package.json'), '{"type":"module"}\n');
    return (await import(pathToFileURL(join(project.componentDir, path)).href)) as Record<
      string,
      unknown
    >;
  } finally {
    project.remove();
  }
}
