/**
 * The queries, mutations and subscriptions files (APPSYNC-CONVENTIONS.md §2.3): one per operation
 * kind that has operations and a non-empty path, typed with the types file's
 * `<Op><Kind>Variables`/`<Op><Kind>` when there is one, plain strings otherwise. For JavaScript
 * output each also carries its `.d.ts`, and its `.js` written from the documents in prettier's
 * style (embedded-graphql.ts): transpiling and formatting it were most of a large job's run.
 */
import type { SchemaIR } from '@uibuilder-codegen/transform';
import { writesJavaScript } from '../../output-form.js';
import { printDocument } from './print-document.js';
import type { EmittedSource } from '../../emitted-source.js';
import type { OperationDocument, StatementOperation } from '../operation-document.js';
import { printEmbeddedGraphQL } from './embedded-graphql.js';
import {
  renderGraphQLDeclarations,
  renderGraphQLExports,
  renderJavaScriptExports,
} from './graphql-exports-file.js';
import type { GraphQLExport } from './graphql-exports-file.js';

const FILES = [
  { kind: 'query', target: 'queries', brand: 'Query' },
  { kind: 'mutation', target: 'mutations', brand: 'Mutation' },
  { kind: 'subscription', target: 'subscriptions', brand: 'Subscription' },
] as const satisfies readonly {
  kind: StatementOperation['kind'];
  target: string;
  brand: string;
}[];

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
  const { api, output } = ir.render;
  const uncast =
    output.language === 'js' || (api.kind === 'graphQL' && api.typesImports === undefined);
  const direct = writesJavaScript(output);
  return ({ operation, document }) => {
    const embedded = uncast ? printEmbeddedGraphQL(document) : undefined;
    // JavaScript written from the embedded text never reads graphql-js's: do not print it too.
    const text = embedded !== undefined && direct ? embedded : printDocument(document);
    return { operation, text, embedded };
  };
}

/** The statement files at the targets `ir.render.api` gives, of documents already printed. */
export function statementSourcesFromText(
  ir: SchemaIR,
  documents: readonly PrintedOperation[],
): EmittedSource[] {
  const { api, output } = ir.render;
  if (api.kind !== 'graphQL') return [];
  return FILES.flatMap(({ kind, target: key, brand }) => {
    const target = api[key];
    const ofKind = documents.filter((d) => d.operation.kind === kind);
    if (target === undefined || ofKind.length === 0) return [];
    const typesImport = api.typesImports?.[kind];
    const typed = typesImport === undefined ? undefined : { specifier: typesImport, kind: brand };
    const embedded = embeddedExports(ofKind);
    // prettier leaves the GraphQL of a cast template as it is, and reformats an uncast one.
    const file = {
      typed,
      exports:
        typed === undefined ? (embedded ?? ofKind.map(plainExport)) : ofKind.map(typedExport),
    };
    const js =
      writesJavaScript(output) && embedded !== undefined
        ? { text: renderJavaScriptExports({ exports: embedded }), prettierStable: true }
        : undefined;
    return [
      {
        kind: 'module',
        target,
        // When the JavaScript is written as it is, the TypeScript source is never read; the
        // JavaScript (valid TypeScript) stands in rather than a second copy of every document.
        // Typed exports are laid out as prettier prints them (see graphql-export.ts).
        ts: js ?? {
          text: renderGraphQLExports(file),
          prettierStable: typed !== undefined || embedded !== undefined,
        },
        // Only JavaScript output needs a written declaration file and JavaScript.
        ...(output.language === 'ts'
          ? {}
          : { dts: { text: renderGraphQLDeclarations(file), prettierStable: true } }),
        ...(js === undefined ? {} : { js }),
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
