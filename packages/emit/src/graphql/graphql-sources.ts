import type { EmitContext } from '../emit-context.js';
import type { EmittedSource } from '../emitted-source.js';
import type { GeneratorResult } from '../generator-result.js';
import { buildAppSyncSchema, printAppSyncSchema } from './appsync-schema/build-appsync-schema.js';
import { createFragmentsSource } from './fragments/fragments-file.js';
import { graphQLDiagnostics } from './graphql-diagnostics.js';
import { createOperationDocuments } from './statements/operation-documents.js';
import { createStatementSources } from './statements/statements-file.js';
import { createTypesSource } from './types-file/index.js';

/**
 * The files `apiConfiguration.graphQLConfig` asks for (DESIGN.md §4): the types file, the
 * queries, mutations and subscriptions files and the fragments file at the render config's paths
 * (an empty path writes nothing), plus the AppSync schema SDL when `appSyncSchemaPath` is set.
 * All of them come from one AppSync schema built from the IR, and the statements and the types
 * from one list of documents.
 */
export function createGraphQLSources(context: EmitContext): GeneratorResult {
  const { ir } = context;
  const api = ir.render.api;
  if (api.kind !== 'graphQL') return { sources: [], diagnostics: [] };
  const schema = buildAppSyncSchema(ir);
  const documents = createOperationDocuments(ir, schema, context);
  const sources: EmittedSource[] = [];
  if (api.typesFilePath.trim() !== '') {
    const source = createTypesSource({ schema, documents, ir, typename: context.typename });
    // A schema without models or enums has nothing to declare: no empty file.
    if (source.trim() !== '')
      // The types printer writes prettier's default style (checked by the CLI's format tests).
      sources.push({
        kind: 'typescript',
        specifier: api.typesFilePath,
        source,
        prettierStable: true,
        ...typesFileOutputs(source),
      });
  }
  sources.push(
    ...createStatementSources(ir, documents),
    ...createFragmentsSource(ir, schema, context.typename),
  );
  if (context.appSyncSchemaPath !== undefined) {
    sources.push({
      kind: 'literal',
      path: context.appSyncSchemaPath,
      contents: printAppSyncSchema(ir),
      comment: 'hash',
    });
  }
  return { sources, diagnostics: graphQLDiagnostics(context, documents) };
}

/**
 * The types file holds type aliases and string enums only, so its declaration file is the source
 * with each enum declared, and its JavaScript is what the enums compile to: neither needs the
 * compiler to read the (possibly many-megabyte) type aliases.
 */
function typesFileOutputs(source: string): {
  declaration: string;
  declarationPrettierStable: true;
  runtimeSource: string;
} {
  const enums = source.match(/^export enum [^\n]*\{\n(?:[^\n]*\n)*?\}$/gm) ?? [];
  return {
    declaration: source.replace(/^export enum /gm, 'export declare enum '),
    declarationPrettierStable: true,
    runtimeSource: enums.length === 0 ? 'export {};\n' : `${enums.join('\n\n')}\n`,
  };
}
