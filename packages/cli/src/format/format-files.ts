import path from 'node:path';
import type { GeneratedFile } from '@uibuilder-codegen/emit';
import { UsageError } from '@uibuilder-codegen/core';
// Types only (erased): prettier itself is imported when something is formatted.
import type * as Prettier from 'prettier';
import { formatInChunks } from './format-in-chunks.js';
import { isDefaultPrettierConfig } from './prettier-defaults.js';
import { mayHavePrettierConfig } from './prettier-config-probe.js';

/** Options for {@link formatFiles}. */
export interface FormatFilesOptions {
  /** The component directory (`--out`) the files' paths are relative to; resolved against `root`. */
  readonly outDir: string;
  /** The root directory (`--root`), absolute, or relative to the current directory. */
  readonly root: string;
  /** Format at all; `false` (`--no-format`) returns the files as emitted. @default true */
  readonly enabled?: boolean;
}

/** The prettier parser for each extension we write; other files are left as they are. */
const PARSERS: readonly (readonly [string, string])[] = [
  ['.d.ts', 'typescript'],
  ['.ts', 'typescript'],
  ['.mts', 'typescript'],
  ['.cts', 'typescript'],
  ['.js', 'babel'],
  ['.mjs', 'babel'],
  ['.cjs', 'babel'],
  ['.jsx', 'babel'],
  ['.graphql', 'graphql'],
  ['.gql', 'graphql'],
  ['.json', 'json'],
];

/** JavaScript that carries its source map inline: reformatting it would break the map. */
const INLINE_SOURCE_MAP = /\n\/\/# sourceMappingURL=data:application\/json;base64,\S+\s*$/;

/**
 * Formats generated files with prettier 3, each on its own, honouring the user's prettier config
 * (and `.editorconfig`) as prettier resolves it from each output file's path, so a config in a
 * sub-directory applies to the files below it. The parser follows the extension. Line endings stay
 * LF and every file keeps exactly one final newline, whatever `endOfLine` says.
 *
 * Files the emitter marks `prettierStable` are left as they are when the config is prettier's
 * default, and files over 256 KB are formatted a declaration group at a time (see
 * {@link formatInChunks}), which keeps prettier's cost linear.
 *
 * Not formatted: files with an inline source map (formatting would move the code the map points
 * at; emit is pure, so it cannot format before transpiling), and files with an extension prettier
 * is not given a parser for. `.prettierignore` is not consulted: projects list generated
 * directories there to keep `prettier --check` off them, not to get unformatted output.
 *
 * prettier is imported only when something may be formatted: not when every file is
 * `prettierStable` and no prettier config or `.editorconfig` can apply to it. A prettier config that cannot be loaded
 * (bad syntax, a missing plugin) is a `UsageError`.
 */
export async function formatFiles(
  files: readonly GeneratedFile[],
  options: FormatFilesOptions,
): Promise<GeneratedFile[]> {
  if (options.enabled === false) return [...files];
  const outDir = path.resolve(options.root, options.outDir);
  const work = files.map((file) => ({ file, parser: parserFor(file) }));
  if (!needsPrettier(work, outDir)) return [...files];
  const prettier = await import('prettier');
  return Promise.all(
    work.map(async ({ file, parser }) => {
      if (parser === undefined) return file;
      const filepath = path.resolve(outDir, file.path);
      const config = await loadConfig(prettier, filepath);
      // The emitter already printed this file as prettier would with no config: nothing to do.
      if (file.prettierStable && isDefaultPrettierConfig(config)) return file;
      let formatted: string;
      try {
        formatted = await formatInChunks(file.contents, (text, first) =>
          prettier.format(text, {
            ...config,
            filepath,
            parser,
            endOfLine: 'lf',
            // One `@format` pragma per file, at its top, not one per chunk.
            ...(first ? {} : { insertPragma: false }),
          }),
        );
      } catch (error) {
        throw new UsageError(`prettier could not format ${file.path}: ${messageOf(error)}`, {
          hint: 'Check the prettier config (and its plugins) that applies to the output directory, or pass --no-format.',
          cause: error,
        });
      }
      return { path: file.path, contents: formatted.replace(/\r\n?/g, '\n').replace(/\n*$/, '\n') };
    }),
  );
}

/**
 * Whether any file may change under prettier: one the emitter did not print as prettier does, or
 * one a config may apply to (which only prettier can resolve). Otherwise the loop below would
 * return every file as it is, and importing prettier would be its only cost.
 */
function needsPrettier(
  work: readonly { file: GeneratedFile; parser: string | undefined }[],
  outDir: string,
): boolean {
  const probed = new Map<string, boolean>();
  return work.some(
    ({ file, parser }) =>
      parser !== undefined &&
      (file.prettierStable !== true ||
        mayHavePrettierConfig(path.dirname(path.resolve(outDir, file.path)), probed)),
  );
}

function parserFor(file: GeneratedFile): string | undefined {
  // A prettierStable file is printed by the emitter, never transpiled, so it has no source map;
  // not searching it leaves a large file's text untouched (searching would copy it).
  if (file.prettierStable !== true && INLINE_SOURCE_MAP.test(file.contents)) return undefined;
  const name = file.path.toLowerCase();
  return PARSERS.find(([extension]) => name.endsWith(extension))?.[1];
}

async function loadConfig(
  prettier: typeof Prettier,
  filepath: string,
): Promise<Record<string, unknown>> {
  try {
    return (await prettier.resolveConfig(filepath, { editorconfig: true })) ?? {};
  } catch (error) {
    throw new UsageError(
      `The prettier config for ${filepath} could not be loaded: ${messageOf(error)}`,
      {
        hint: 'Fix the prettier config file, or pass --no-format.',
        cause: error,
      },
    );
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
}
