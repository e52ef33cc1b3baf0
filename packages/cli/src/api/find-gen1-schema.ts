import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { diagnostic, type Diagnostic } from '@uibuilder-codegen/core';

/**
 * Amplify Gen1 keeps the deployed AppSync schema of each API at
 * `amplify/backend/api/<name>/build/schema.graphql`. When one is under the root and no API schema
 * was given, an info diagnostic names it and the flag to use: it is never read silently, since
 * the build directory may be older than the deployment, or belong to another environment.
 */
export function gen1SchemaHint(root: string): Diagnostic | undefined {
  const apis = path.join(root, 'amplify', 'backend', 'api');
  let names: string[];
  try {
    names = readdirSync(apis, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
  } catch {
    return undefined;
  }
  const found = names
    .map((name) => path.join('amplify', 'backend', 'api', name, 'build', 'schema.graphql'))
    .filter((relative) => existsSync(path.join(root, relative)))
    .map((relative) => relative.split(path.sep).join('/'));
  if (found.length === 0) return undefined;
  return diagnostic('Gen1ApiSchemaFound', '', { files: found });
}
