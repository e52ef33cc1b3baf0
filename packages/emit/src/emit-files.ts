import { OutputError } from '@uibuilder-codegen/core';
import type { Diagnostic } from '@uibuilder-codegen/core';
import { normalizeOutputPath } from '@uibuilder-codegen/transform';
import type { SchemaIR } from '@uibuilder-codegen/transform';
import { createDataStoreSources } from './datastore/index.js';
import { DEFAULT_EMIT_OPTIONS } from './emit-defaults.js';
import type { EmitContext } from './emit-context.js';
import type { EmitOptions } from './emit-options.js';
import type { GeneratedFile } from './generated-file.js';
import type { GeneratorResult } from './generator-result.js';
import { createGraphQLSources } from './graphql/index.js';
import { createModelsSource } from './models/models-file.js';
import { renderFiles } from './render-files.js';

/** What {@link emitFiles} returns. */
export interface EmitResult {
  /** Every file, sorted by path, banner and final newline included, not yet formatted. */
  readonly files: GeneratedFile[];
  /** Warnings and infos the generators found. */
  readonly diagnostics: Diagnostic[];
}

/**
 * Turns the IR into the files its render config asks for (DESIGN.md §4): the GraphQL types and
 * statements, the DataStore model package, or plain model interfaces. Pure: no file system, no
 * network, no clock; the same IR and options give the same bytes.
 *
 * `options` arrive resolved and checked (the CLI's option table does both); omitted, they are
 * {@link DEFAULT_EMIT_OPTIONS}. Throws an `OutputError` for a path that can never be written
 * (absolute, a backslash, a NUL byte) or two files at one path.
 */
export function emitFiles(ir: SchemaIR, options: EmitOptions = DEFAULT_EMIT_OPTIONS): EmitResult {
  const context: EmitContext = {
    ir,
    ...options,
    appSyncSchemaPath: appSyncSchemaFile(options.appSyncSchemaPath),
  };
  const result = createSources(context);
  return {
    files: renderFiles(result.sources, ir.render.output, ir.jobId),
    diagnostics: [...result.diagnostics],
  };
}

function createSources(context: EmitContext): GeneratorResult {
  const api = context.ir.render.api;
  switch (api.kind) {
    case 'graphQL':
      return createGraphQLSources(context);
    case 'dataStore':
      return createDataStoreSources(context);
    case 'noApi':
      return createModelsSource(context);
  }
}

/** `appSyncSchemaPath` normalised (an empty one writes nothing), or an `OutputError`. */
function appSyncSchemaFile(path: string | undefined): string | undefined {
  if (path === undefined || path.trim() === '') return undefined;
  const normalized = normalizeOutputPath(path);
  if (normalized.ok) return normalized.path;
  throw new OutputError(`Output path ${JSON.stringify(path)} ${normalized.reason}`, {
    files: [path],
    hint: 'Give the AppSync schema a path relative to the component directory with forward slashes, e.g. "../schema.graphql".',
  });
}
