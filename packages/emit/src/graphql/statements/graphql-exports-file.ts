/**
 * The statement and fragment files (the banner is added by the shared machinery): an optional
 * `APITypes` import with the file-local brand type amplify-js v6 reads (APPSYNC-CONVENTIONS.md
 * §2.3), then one `export const` per document, laid out by graphql-export.ts.
 */
import { concatenatePieces } from '../../concatenate-pieces.js';
import { stringLiteral } from '../../layout/string-literal.js';
import { declaredExport, plainExport, typedExport } from './graphql-export.js';

/** One `export const` of a GraphQL document. */
export interface GraphQLExport {
  /** The exported identifier (`getPost`, `postFields`). */
  readonly name: string;
  /** The printed document; it must not be able to close or escape the template literal. */
  readonly document: string;
  /** `<Op><Kind>Variables` and `<Op><Kind>` in the types file, when the export is typed. */
  readonly types?: { readonly variables: string; readonly result: string };
}

/** What a statements or fragments file holds. */
export interface GraphQLExportsFile {
  /** The types-file import and brand type, or `undefined` for plain strings. */
  readonly typed?: {
    readonly specifier: string;
    readonly kind: 'Query' | 'Mutation' | 'Subscription';
  };
  readonly exports: readonly GraphQLExport[];
}

/**
 * The types-file import and the file-local brand type, shared by the `.ts` and the `.d.ts`. It
 * never breaks: the names in it are short.
 */
function brand({ specifier, kind }: NonNullable<GraphQLExportsFile['typed']>): string {
  return `import * as APITypes from ${stringLiteral(specifier)};

type Generated${kind}<InputType, OutputType> = string & {
  __generated${kind}Input: InputType;
  __generated${kind}Output: OutputType;
};`;
}

/**
 * The file: the brand when typed, then the exports, a blank line between each (the JavaScript,
 * which the compiler writes without, passes `between = '\n'`); nothing when there is neither.
 */
function exportsText(
  typed: GraphQLExportsFile['typed'],
  exports: readonly string[],
  between = '\n\n',
): string {
  const blocks = typed === undefined ? exports : [brand(typed), ...exports];
  // A rope, copied once when the file is first read, banner included (concatenate-pieces.ts).
  return blocks.length === 0 ? '' : `${concatenatePieces(blocks, between)}\n`;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * Renders a statements or fragments file. Throws when a document could close or interpolate into
 * its template literal (a backtick, `${` or a backslash) or a name is not an identifier: GraphQL
 * names cannot contain either, so this only guards the invariant.
 */
export function renderGraphQLExports(file: GraphQLExportsFile): string {
  checkExports(file);
  const kind = file.typed?.kind;
  const exports = file.exports.map(({ name, document, types }) =>
    types === undefined || kind === undefined
      ? plainExport(name, document)
      : typedExport(name, document, kind, types.variables, types.result),
  );
  return exportsText(file.typed, exports);
}
/** The checks {@link renderGraphQLExports} documents; a `.d.ts` has no documents to check. */
function checkExports(file: GraphQLExportsFile, documents = true): void {
  for (const entry of file.exports) {
    if (documents && /[`\\]|\$\{/.test(entry.document)) {
      throw new Error(`GraphQL document ${entry.name} contains a backtick, a backslash or "\${"`);
    }
    const names = [entry.name, entry.types?.variables, entry.types?.result].filter(
      (n) => n !== undefined,
    );
    if (!names.every((n) => IDENTIFIER.test(n)))
      throw new Error(`Not an identifier in export ${entry.name}`);
    if ((entry.types === undefined) !== (file.typed === undefined)) {
      throw new Error(
        `Export ${entry.name} is typed in an untyped file, or untyped in a typed one`,
      );
    }
  }
}

/**
 * The `.d.ts` of a file {@link renderGraphQLExports} renders: the same brand type, and each export
 * declared with its type (what the compiler's declaration emit writes, without type-checking).
 */
export function renderGraphQLDeclarations(file: GraphQLExportsFile): string {
  checkExports(file, false);
  const kind = file.typed?.kind;
  const exports = file.exports.map(({ name, types }) =>
    types === undefined || kind === undefined
      ? `export declare const ${name}: string;`
      : declaredExport(name, kind, types.variables, types.result),
  );
  return exportsText(file.typed, exports);
}

/**
 * The `.js` of a file {@link renderGraphQLExports} renders, written directly instead of
 * transpiled: each export without its cast, one after another with no blank line between them (as
 * the compiler writes them, so that a formatted file is the same either way). The documents must
 * be in prettier's embedded form (see embedded-graphql.ts); the file is then exactly what prettier
 * prints.
 */
export function renderJavaScriptExports(file: GraphQLExportsFile): string {
  checkExports(file);
  const exports = file.exports.map(({ name, document }) => plainExport(name, document));
  return exportsText(undefined, exports, '\n');
}
