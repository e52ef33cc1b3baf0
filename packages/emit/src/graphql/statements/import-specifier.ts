/**
 * The import specifier from one generated file to another, both named by render-config
 * specifiers relative to the component directory (APPSYNC-CONVENTIONS.md §2.3: no extension,
 * `./` added when needed).
 */
import { OutputError } from '@uibuilder-codegen/core';
import { outputStem } from '../../output-path.js';

/** `importSpecifier('../graphql/queries', '../API')` is `'../API'`. */
export function importSpecifier(fromFile: string, toFile: string): string {
  const from = outputStem(fromFile)?.split('/');
  const to = outputStem(toFile)?.split('/');
  if (from === undefined || to === undefined)
    throw new Error('importSpecifier: an empty path has no file');
  const fromDir = from.slice(0, -1);
  let common = 0;
  while (common < fromDir.length && common < to.length - 1 && fromDir[common] === to[common])
    common += 1;
  const up = fromDir.slice(common);
  if (up.includes('..')) {
    // Climbing out of a directory above the component directory needs its name, which emit does not know.
    throw new OutputError(
      `Cannot import ${JSON.stringify(toFile)} from ${JSON.stringify(fromFile)} without the component directory's name`,
      {
        files: [fromFile],
        hint: 'Put the statements files and the types file on paths that do not climb above each other, e.g. "../graphql/queries" and "../API".',
      },
    );
  }
  const relative = [...up.map(() => '..'), ...to.slice(common)].join('/');
  return relative.startsWith('.') ? relative : `./${relative}`;
}
