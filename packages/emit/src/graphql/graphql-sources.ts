import type { OutputTargetIR, SchemaIR } from '@uibuilder-codegen/transform';
import { diagnostic, type Diagnostic } from '@uibuilder-codegen/core';
import type { EmitContext } from '../emit-context.js';
import type { EmittedSource } from '../emitted-source.js';
import type { GeneratorResult } from '../generator-result.js';
import { writesJavaScript } from '../output-form.js';
import { buildApiSchema, printAppSyncSchema } from './appsync-schema/build-appsync-schema.js';
import { apiSchemaFromDocument, objectTypeNamed } from './api-schema/api-schema.js';
import type { ApiSchema } from './api-schema/api-schema.js';
import { compareWithJob } from './deployed-schema/compare-with-job.js';
import { deployedOperations } from './deployed-schema/deployed-operations.js';
import { usedInputTypes } from './deployed-schema/used-input-types.js';
import { createFragmentsSource } from './fragments/fragments-file.js';
import type { StatementOperation } from './operation-document.js';
import { graphQLDiagnosticsForSize } from './graphql-diagnostics.js';
import { eachOperationDocument } from './statements/operation-documents.js';
import {
  operationPrinter,
  statementSourcesFromText,
  type PrintedOperation,
} from './statements/statements-file.js';
import {
  operationTypeAliases,
  typesFileJavaScript,
  typesSourceWithOperations,
  type Declaration,
} from './types-file/index.js';

/**
 * The files `apiConfiguration.graphQLConfig` asks for (DESIGN.md §4): the types file, the
 * queries, mutations and subscriptions files and the fragments file at the render config's
 * targets (a file the transform found no target for is not written), plus the AppSync schema SDL when `appSyncSchemaPath` is set.
 * All of them come from one AppSync schema built from the IR, and the statements and the types
 * from one list of documents.
 */
export function createGraphQLSources(context: EmitContext): GeneratorResult {
  const { ir } = context;
  const api = ir.render.api;
  if (api.kind !== 'graphQL') return { sources: [], diagnostics: [] };
  const source = sourceSchema(context);
  if (source.diagnostics.some((d) => d.severity === 'error'))
    return { sources: [], diagnostics: source.diagnostics };
  const { schema, operations } = source;
  const typesTarget = api.types;
  // One document at a time: print it, derive its types, drop its tree (see eachOperationDocument).
  const printed: PrintedOperation[] = [];
  const operationDeclarations: Declaration[] = [];
  let bytes = 0;
  const printOperation = operationPrinter(ir);
  for (const document of eachOperationDocument(ir, schema, context, operations)) {
    const operation = printOperation(document);
    bytes += operation.text.length;
    printed.push(operation);
    if (typesTarget !== undefined)
      operationDeclarations.push(...operationTypeAliases(schema, document));
  }
  // The statement files first, and the printed documents dropped before the types file is joined:
  // at 5,000 models they are 41 MB that need not be alive beside its 95 MB (BENCHMARKS.md).
  const statements = statementSourcesFromText(ir, printed);
  printed.length = 0;
  const fragments = createFragmentsSource(source.fragmentsIR, schema, context.typename);
  const sources: EmittedSource[] = [];
  if (typesTarget !== undefined) {
    const input = {
      schema,
      typename: context.typename,
      operationDeclarations,
      inputTypes: source.inputTypes,
    };
    const typesFile =
      ir.render.output.language === 'ts'
        ? typeScriptTypesFile(typesTarget, input)
        : javaScriptTypesFile(typesTarget, input, writesJavaScript(ir.render.output));
    // Their text is in the types file now.
    operationDeclarations.length = 0;
    if (typesFile !== undefined) sources.push(typesFile);
  }
  sources.push(...statements, ...fragments);
  if (context.appSyncSchemaPath !== undefined) {
    sources.push({
      kind: 'literal',
      path: context.appSyncSchemaPath,
      contents: printAppSyncSchema(ir),
      comment: 'hash',
    });
  }
  return {
    sources,
    diagnostics: [...source.diagnostics, ...graphQLDiagnosticsForSize(context, bytes)],
  };
}

/**
 * The schema the files are made from: the deployed one when given (every root field becomes a
 * statement; the job is checked against it), else the one the IR implies (its operations).
 */
function sourceSchema(context: EmitContext): {
  schema: ApiSchema;
  operations: readonly StatementOperation[];
  fragmentsIR: SchemaIR;
  /** The input types to declare, when not all of the schema's. */
  inputTypes?: ReadonlySet<string>;
  diagnostics: Diagnostic[];
} {
  const { ir, apiSchema } = context;
  if (apiSchema === undefined) {
    const schema = buildApiSchema(ir);
    // With the model SDL the inferred schema is the deployed one, and the types file declares
    // what AWS's generateTypes declares for it; without it, every input (unchanged output).
    const exact = ir.models.some((model) => model.modelArguments !== undefined);
    return {
      schema,
      operations: ir.operations,
      fragmentsIR: ir,
      ...(exact ? { inputTypes: usedInputTypes(schema) } : {}),
      diagnostics: [],
    };
  }
  const schema = apiSchemaFromDocument(apiSchema.document);
  // A non-model the API lacks has no type to take a fragment on (the comparison warns about it).
  const nonModels = ir.nonModels.filter((n) => objectTypeNamed(schema, n.name) !== undefined);
  const { operations, skipped } = deployedOperations(schema);
  const diagnostics = compareWithJob(ir, schema, apiSchema.source);
  if (skipped.length > 0)
    diagnostics.push(
      diagnostic('UnsupportedApiOperation', '', { fields: skipped, source: apiSchema.source }),
    );
  return {
    schema,
    operations,
    fragmentsIR: { ...ir, nonModels },
    inputTypes: usedInputTypes(schema),
    diagnostics,
  };
}

/** What the types file is printed from. */
interface TypesFileInput {
  readonly schema: ApiSchema;
  readonly typename: boolean;
  readonly operationDeclarations: readonly Declaration[];
  /** The input types the operations take (a deployed schema); all of them when undefined. */
  readonly inputTypes: ReadonlySet<string> | undefined;
}

/**
 * The types file as TypeScript, or nothing for a schema without models or enums (no empty file).
 * The types printer writes prettier's default style (checked by the CLI's format tests).
 */
function typeScriptTypesFile(
  target: OutputTargetIR,
  input: TypesFileInput,
): EmittedSource | undefined {
  const { schema, typename, operationDeclarations, inputTypes } = input;
  const source = typesSourceWithOperations(schema, typename, operationDeclarations, {
    inputTypes,
  });
  if (source === '') return undefined;
  return { kind: 'module', target, ts: { text: source, prettierStable: true } };
}

/**
 * The types file for JavaScript output, each part written directly: its JavaScript is the enum
 * objects (the type aliases erase), given as the text to transpile when the output form asks for
 * the compiler (`direct` false), and its declaration file is the declarations with each enum
 * object declared. The (possibly many-megabyte) TypeScript text is never built, and the
 * compiler's declaration emit, which type-checks the whole program, is not needed.
 */
function javaScriptTypesFile(
  target: OutputTargetIR,
  input: TypesFileInput,
  direct: boolean,
): EmittedSource | undefined {
  const { schema, typename, operationDeclarations, inputTypes } = input;
  const declaration = typesSourceWithOperations(schema, typename, operationDeclarations, {
    form: 'declaration',
    inputTypes,
  });
  if (declaration === '') return undefined;
  const runtime = typesFileJavaScript(schema);
  return {
    kind: 'module',
    target,
    ts: { text: runtime, prettierStable: false },
    ...(direct ? { js: { text: runtime, prettierStable: true } } : {}),
    dts: { text: declaration, prettierStable: true },
  };
}
