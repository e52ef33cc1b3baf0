/**
 * The queries, mutations and subscriptions files (APPSYNC-CONVENTIONS.md §2.3): one per operation
 * kind that has operations and a non-empty path, typed with the types file's
 * `<Op><Kind>Variables`/`<Op><Kind>` when there is one, plain strings otherwise. For JavaScript
 * output each also carries its `.d.ts`, and its `.js` written from the documents in prettier's
 * style (embedded-graphql.ts): transpiling and formatting it were most of a large job's run.
 */
import type { SchemaIR } from '@uibuilder-codegen/transform';
import { printDocument } from './print-document.js';
import { keepsSourceSyntax } from '../../typescript/transpile.js';
import type { EmittedSource } from '../../emitted-source.js';
import type { OperationDocument, StatementOperation } from '../operation-document.js';
import { printEmbeddedGraphQL } from './embedded-graphql.js';
import {
  renderGraphQLDeclarations,
  renderGraphQLExports,
  renderJavaScriptExports,
} from './graphql-exports-template.js';
import type { GraphQLExport } from './graphql-exports-template.js';
import { importSpecifier } from './import-specifier.js';

const FILES = [
  { kind: 'query', path: 'queriesFilePath', brand: 'Query' },
  { kind: 'mutation', path: 'mutationsFilePath', brand: 'Mutation' },
  { kind: 'subscription', path: 'subscriptionsFilePath', brand: 'Subscription' },
] as const satisfies readonly { kind: StatementOperation['kind']; path: string; brand: string }[];

/** The statement files for `documents` at the paths `ir.render.api` gives. */
export function createStatementSources(
  ir: SchemaIR,
  documents: readonly OperationDocument[],
): EmittedSource[] {
  return statementSourcesFromText(ir, documents.map(operationPrinter(ir)));
}

/** A document already printed, with its operation. */
export interface PrintedOperation {
  readonly operation: StatementOperation;
  /** The document as graphql-js prints it. */
  readonly text: string;
  /**
   * The document as prettier prints it in an uncast template (see embedded-graphql.ts), when the
   * files need it (JavaScript, or untyped TypeScript) and the printer covers the document.
   */
  readonly embedded?: string | undefined;
}

/**
 * The printer of documents for {@link statementSourcesFromText} under `ir`'s render config: as
 * graphql-js prints them, and as prettier does when an output file holds them in an uncast
 * template. What the config asks for is worked out once, not per document.
 */
export function operationPrinter(ir: SchemaIR): (document: OperationDocument) => PrintedOperation {
  const api = ir.render.api;
  const uncast =
    ir.render.script !== 'tsx' || (api.kind === 'graphQL' && api.typesFilePath.trim() === '');
  const direct = writesJavaScriptDirectly(ir);
  return ({ operation, document }) => {
    const embedded = uncast ? printEmbeddedGraphQL(document) : undefined;
    // JavaScript written from the embedded text never reads graphql-js's: do not print it too.
    const text = embedded !== undefined && direct ? embedded : printDocument(document);
    return { operation, text, embedded };
  };
}

/** The `.js` files are written from the generators' JavaScript, not transpiled (render-files.ts). */
function writesJavaScriptDirectly(ir: SchemaIR): boolean {
  return ir.render.script !== 'tsx' && keepsSourceSyntax(ir.render);
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
    const embedded = embeddedExports(ofKind);
    // prettier leaves the GraphQL of a cast template as it is, and reformats an uncast one.
    const file = {
      typed,
      exports:
        typed === undefined ? (embedded ?? ofKind.map(plainExport)) : ofKind.map(typedExport),
    };
    const javascript = ir.render.script === 'tsx' || embedded === undefined ? undefined : embedded;
    const javascriptText = javascript && renderJavaScriptExports({ exports: javascript });
    return [
      {
        kind: 'typescript',
        specifier,
        // When the JavaScript is written as it is, the TypeScript source is never read; the
        // JavaScript (valid TypeScript) stands in rather than a second copy of every document.
        source:
          javascriptText !== undefined && writesJavaScriptDirectly(ir)
            ? javascriptText
            : renderGraphQLExports(file),
        // Typed exports are laid out as prettier prints them (see graphql-exports-template.ts).
        prettierStable: typed !== undefined || embedded !== undefined,
        // Only JavaScript output needs a written declaration file and JavaScript.
        ...(ir.render.script === 'tsx'
          ? {}
          : { declaration: renderGraphQLDeclarations(file), declarationPrettierStable: true }),
        ...(javascriptText === undefined ? {} : { javascript: javascriptText }),
      } satisfies EmittedSource,
    ];
  });
}

function plainExport({ operation, text }: PrintedOperation): GraphQLExport {
  return { name: operation.fieldName, document: text };
}

function typedExport({ operation, text }: PrintedOperation): GraphQLExport {
  const types = { variables: operation.variablesTypeName, result: operation.resultTypeName };
  return { name: operation.fieldName, document: text, types };
}

/** Every document's export in prettier's embedded form, or `undefined` when one has none. */
function embeddedExports(documents: readonly PrintedOperation[]): GraphQLExport[] | undefined {
  const exports: GraphQLExport[] = [];
  for (const { operation, embedded } of documents) {
    if (embedded === undefined) return undefined;
    exports.push({ name: operation.fieldName, document: embedded });
  }
  return exports;
}
