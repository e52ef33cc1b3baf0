import type { Diagnostic, SchemaIR } from '@uibuilder-codegen/transform';
import type { EmitContext } from '../emit-context.js';
import type { EmittedSource } from '../emitted-source.js';
import type { GeneratorResult } from '../generator-result.js';
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
  const source = sourceSchema(context);
  if (source.diagnostics.some((d) => d.severity === 'error'))
    return { sources: [], diagnostics: source.diagnostics };
  const { schema, operations } = source;
  const wantTypes = api.typesFilePath.trim() !== '';
  // One document at a time: print it, derive its types, drop its tree (see eachOperationDocument).
  const printed: PrintedOperation[] = [];
  const operationDeclarations: Declaration[] = [];
  let bytes = 0;
  const printOperation = operationPrinter(ir);
  for (const document of eachOperationDocument(ir, schema, context, operations)) {
    const operation = printOperation(document);
    bytes += operation.text.length;
    printed.push(operation);
    if (wantTypes) operationDeclarations.push(...operationTypeAliases(schema, document));
  }
  const sources: EmittedSource[] = [];
  if (wantTypes) {
    const text = typesSourceWithOperations(
      schema,
      context.typename,
      operationDeclarations,
      source.inputTypes,
    );
    // A schema without models or enums has nothing to declare: no empty file.
    if (text.trim() !== '')
      // The types printer writes prettier's default style (checked by the CLI's format tests).
      sources.push(
        ir.render.script === 'tsx'
          ? { kind: 'typescript', specifier: api.typesFilePath, source: text, prettierStable: true }
          : javaScriptTypesFile(api.typesFilePath, text),
      );
  }
  sources.push(
    ...statementSourcesFromText(ir, printed),
    ...createFragmentsSource(source.fragmentsIR, schema, context.typename),
  );
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
  if (apiSchema === undefined)
    return {
      schema: buildApiSchema(ir),
      operations: ir.operations,
      fragmentsIR: ir,
      diagnostics: [],
    };
  const schema = apiSchemaFromDocument(apiSchema.document);
  // A non-model the API lacks has no type to take a fragment on (the comparison warns about it).
  const nonModels = ir.nonModels.filter((n) => objectTypeNamed(schema, n.name) !== undefined);
  const { operations, skipped } = deployedOperations(schema);
  const diagnostics = compareWithJob(ir, schema, apiSchema.source);
  if (skipped.length > 0)
    diagnostics.push({
      severity: 'warning',
      code: 'UnsupportedApiOperation',
      path: '',
      message: `No statement for ${skipped.join(', ')} (${apiSchema.source}): it returns an interface or a union`,
      hint: 'Write these documents by hand; every other operation of the API is generated.',
    });
  return {
    schema,
    operations,
    fragmentsIR: { ...ir, nonModels },
    inputTypes: usedInputTypes(schema),
    diagnostics,
  };
}

/**
 * The types file for JavaScript output: no `.ts` is written, so the (many-megabyte) TypeScript
 * text is not kept as the source; what transpiles is the enums, which stand in for it.
 */
function javaScriptTypesFile(specifier: string, typescript: string): EmittedSource {
  const outputs = typesFileOutputs(typescript);
  return { kind: 'typescript', specifier, source: outputs.runtimeSource, ...outputs };
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
