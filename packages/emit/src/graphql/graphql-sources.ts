import type { EmitContext } from '../emit-context.js';
import type { EmittedSource } from '../emitted-source.js';
import type { GeneratorResult } from '../generator-result.js';
import { buildApiSchema, printAppSyncSchema } from './appsync-schema/build-appsync-schema.js';
import { createFragmentsSource } from './fragments/fragments-file.js';
import { graphQLDiagnosticsForSize } from './graphql-diagnostics.js';
import { eachOperationDocument } from './statements/operation-documents.js';
import {
  operationPrinter,
  statementSourcesFromText,
  type PrintedOperation,
} from './statements/statements-file.js';
import type { ApiSchema } from './api-schema/api-schema.js';
import {
  operationTypeAliases,
  typesFileJavaScript,
  typesSourceWithOperations,
  type Declaration,
} from './types-file/index.js';

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
  const schema = buildApiSchema(ir);
  const wantTypes = api.typesFilePath.trim() !== '';
  // One document at a time: print it, derive its types, drop its tree (see eachOperationDocument).
  const printed: PrintedOperation[] = [];
  const operationDeclarations: Declaration[] = [];
  let bytes = 0;
  const printOperation = operationPrinter(ir);
  for (const document of eachOperationDocument(ir, schema, context)) {
    const operation = printOperation(document);
    bytes += operation.text.length;
    printed.push(operation);
    if (wantTypes) operationDeclarations.push(...operationTypeAliases(schema, document));
  }
  const sources: EmittedSource[] = [];
  if (wantTypes) {
    const typesFile =
      ir.render.script === 'tsx'
        ? typeScriptTypesFile(api.typesFilePath, schema, context.typename, operationDeclarations)
        : javaScriptTypesFile(api.typesFilePath, schema, context.typename, operationDeclarations);
    if (typesFile !== undefined) sources.push(typesFile);
  }
  sources.push(
    ...statementSourcesFromText(ir, printed),
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
  return { sources, diagnostics: graphQLDiagnosticsForSize(context, bytes) };
}

/**
 * The types file as TypeScript, or nothing for a schema without models or enums (no empty file).
 * The types printer writes prettier's default style (checked by the CLI's format tests).
 */
function typeScriptTypesFile(
  specifier: string,
  schema: ApiSchema,
  typename: boolean,
  operationDeclarations: readonly Declaration[],
): EmittedSource | undefined {
  const source = typesSourceWithOperations(schema, typename, operationDeclarations);
  if (source.trim() === '') return undefined;
  return { kind: 'typescript', specifier, source, prettierStable: true };
}

/**
 * The types file for JavaScript output, written without the compiler: its JavaScript is the enum
 * objects (the type aliases erase), and its declaration file is the declarations with each enum
 * object declared. The (possibly many-megabyte) TypeScript text is never built, and the
 * compiler's declaration emit, which type-checks the whole program, is not needed.
 */
function javaScriptTypesFile(
  specifier: string,
  schema: ApiSchema,
  typename: boolean,
  operationDeclarations: readonly Declaration[],
): EmittedSource | undefined {
  const declaration = typesSourceWithOperations(
    schema,
    typename,
    operationDeclarations,
    'declaration',
  );
  if (declaration.trim() === '') return undefined;
  const javascript = typesFileJavaScript(schema);
  return {
    kind: 'typescript',
    specifier,
    source: javascript,
    declaration,
    declarationPrettierStable: true,
    runtimeSource: javascript,
    javascript,
  };
}
