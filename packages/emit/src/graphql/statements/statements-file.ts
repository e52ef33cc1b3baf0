/**
 * The queries, mutations and subscriptions files (APPSYNC-CONVENTIONS.md §2.3): one per operation
 * kind that has operations and a non-empty path, typed with the types file's
 * `<Op><Kind>Variables`/`<Op><Kind>` when there is one, plain strings otherwise.
 */
import type { OperationIR, SchemaIR } from '@uibuilder-codegen/transform';
import { printDocument } from './print-document.js';
import type { EmittedSource } from '../../emitted-source.js';
import type { OperationDocument } from '../operation-document.js';
import { renderGraphQLDeclarations, renderGraphQLExports } from './graphql-exports-template.js';
import { importSpecifier } from './import-specifier.js';

const FILES = [
  { kind: 'query', path: 'queriesFilePath', brand: 'Query' },
  { kind: 'mutation', path: 'mutationsFilePath', brand: 'Mutation' },
  { kind: 'subscription', path: 'subscriptionsFilePath', brand: 'Subscription' },
] as const satisfies readonly { kind: OperationIR['kind']; path: string; brand: string }[];

/** The statement files for `documents` at the paths `ir.render.api` gives. */
export function createStatementSources(
  ir: SchemaIR,
  documents: readonly OperationDocument[],
): EmittedSource[] {
  const printed = documents.map((d) => ({
    operation: d.operation,
    text: printDocument(d.document),
  }));
  return statementSourcesFromText(ir, printed);
}

/** A document already printed, with its operation. */
export interface PrintedOperation {
  readonly operation: OperationIR;
  readonly text: string;
}

/** {@link createStatementSources} from documents already printed. */
export function statementSourcesFromText(
  ir: SchemaIR,
  documents: readonly PrintedOperation[],
): EmittedSource[] {
  const api = ir.render.api;
  if (api.kind !== 'graphQL') return [];
  return FILES.flatMap(({ kind, path, brand }) => {
    const specifier = api[path];
    const ofKind = documents.filter((d) => d.operation.kind === kind);
    if (specifier.trim() === '' || ofKind.length === 0) return [];
    const typed =
      api.typesFilePath.trim() === ''
        ? undefined
        : { specifier: importSpecifier(specifier, api.typesFilePath), kind: brand };
    const file = {
      typed,
      exports: ofKind.map(({ operation, text }) => ({
        name: operation.fieldName,
        document: text,
        types:
          typed === undefined
            ? undefined
            : { variables: operation.variablesTypeName, result: operation.resultTypeName },
      })),
    };
    const source = renderGraphQLExports(file);
    // Only JavaScript output needs a written declaration file.
    const declaration = ir.render.script === 'tsx' ? undefined : renderGraphQLDeclarations(file);
    // Typed exports are laid out as prettier prints them (see graphql-exports-template.ts).
    const prettierStable = typed !== undefined;
    return [
      {
        kind: 'typescript',
        specifier,
        source,
        prettierStable,
        declaration,
      } satisfies EmittedSource,
    ];
  });
}
