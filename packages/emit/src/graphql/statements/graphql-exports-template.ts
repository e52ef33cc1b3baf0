/**
 * The one template of the statement and fragment files (the banner is added by the shared
 * machinery): an optional `APITypes` import with the file-local brand type amplify-js v6 reads
 * (APPSYNC-CONVENTIONS.md §2.3), then one `export const` per document.
 */
import Handlebars from 'handlebars';
import { PRINT_WIDTH } from '../../layout/print-doc.js';

/** One `export const` of a GraphQL document. */
export interface GraphQLExport {
  /** The exported identifier (`getPost`, `postFields`). */
  readonly name: string;
  /** The printed document; it must not be able to close or escape the template literal. */
  readonly document: string;
  /** `<Op><Kind>Variables` and `<Op><Kind>` in the types file, when the export is typed. */
  readonly types?: { readonly variables: string; readonly result: string };
}

/** What the template renders. */
export interface GraphQLExportsFile {
  /** The types-file import and brand type, or `undefined` for plain strings. */
  readonly typed?: {
    readonly specifier: string;
    readonly kind: 'Query' | 'Mutation' | 'Subscription';
  };
  readonly exports: readonly GraphQLExport[];
}

// Each export but an untyped file's first follows a blank line (see `separator`).
const TEMPLATE = `{{> brand}}
{{#each exports}}
{{{separator}}}export const {{{name}}} ={{{assignmentBreak}}}/* GraphQL */ \`{{{document}}}\`{{{cast}}};
{{/each}}
`;

/** The types-file import and the file-local brand type, shared by the `.ts` and the `.d.ts`. */
const BRAND = `{{#if typed}}
import * as APITypes from {{{json typed.specifier}}};

type Generated{{typed.kind}}<InputType, OutputType> = string & {
  __generated{{typed.kind}}Input: InputType;
  __generated{{typed.kind}}Output: OutputType;
};
{{/if}}
`;

const handlebars = Handlebars.create();
handlebars.registerHelper('json', (value: unknown) => JSON.stringify(value));
handlebars.registerPartial('brand', BRAND);
const render = handlebars.compile<{
  typed: GraphQLExportsFile['typed'];
  exports: readonly (GraphQLExport & {
    assignmentBreak: string;
    cast: string;
    separator: string;
  })[];
}>(TEMPLATE, { noEscape: true, strict: true });

/**
 * Lays out a typed export exactly as prettier 3 prints it with its default options, so that the
 * file needs no formatting pass (prettier leaves the GraphQL inside an `as`-cast template literal
 * alone, and template lines are never re-indented):
 * - when `export const x = /* GraphQL *\/ \`<first document line>` is wider than 80 columns, the
 *   assignment breaks after `=` and the right-hand side is indented by two;
 * - when the last line, `}\` as GeneratedQuery<A, B>;`, is wider than 80 columns, the type
 *   arguments go one per line, indented one level past the right-hand side.
 * An untyped export is never broken: prettier keeps a template literal on the line of its `=`. It
 * reformats the GraphQL of an uncast template (embedded formatting), so an untyped file is stable
 * only when its documents are given in that form (see embedded-graphql.ts).
 *
 * These two rules stay rules rather than prettier documents (layout/, issue 18): most typed
 * exports break (their cast names two long types), so each would take one call of prettier's
 * printer, about 20 µs, and that made emitting a 5,000-model job's statements about 25% slower.
 * The CLI's prettier-stable test holds them to prettier at many name lengths.
 */
function layout(
  entry: GraphQLExport,
  kind: string | undefined,
): { assignmentBreak: string; cast: string } {
  if (entry.types === undefined || kind === undefined) return { assignmentBreak: ' ', cast: '' };
  const lines = entry.document.split('\n');
  const head = `export const ${entry.name} = /* GraphQL */ \`${lines[0] ?? ''}`;
  const broken = head.length > PRINT_WIDTH;
  const args = [`APITypes.${entry.types.variables}`, `APITypes.${entry.types.result}`];
  const inline = ` as Generated${kind}<${args.join(', ')}>`;
  const last = `${lines.length > 1 ? (lines.at(-1) ?? '') : head}\`${inline};`;
  if (last.length <= PRINT_WIDTH) {
    return { assignmentBreak: broken ? '\n  ' : ' ', cast: inline };
  }
  const indent = broken ? '  ' : '';
  const cast = ` as Generated${kind}<\n${args.map((a) => `${indent}  ${a}`).join(',\n')}\n${indent}>`;
  return { assignmentBreak: broken ? '\n  ' : ' ', cast };
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * The blank line before an export: after the brand type, and between exports, but not at the top
 * of an untyped file.
 */
function separator(file: GraphQLExportsFile, index: number): string {
  return file.typed !== undefined || index > 0 ? '\n' : '';
}

/**
 * Renders a statements or fragments file. Throws when a document could close or interpolate into
 * its template literal (a backtick, `${` or a backslash) or a name is not an identifier: GraphQL
 * names cannot contain either, so this only guards the invariant.
 */
export function renderGraphQLExports(file: GraphQLExportsFile): string {
  checkExports(file);
  const kind = file.typed?.kind;
  const exports = file.exports.map((entry, index) => ({
    ...entry,
    ...layout(entry, kind),
    separator: separator(file, index),
  }));
  return render({ typed: file.typed, exports });
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

const DECLARATIONS = `{{> brand}}
{{#each exports}}
{{{separator}}}export declare const {{{name}}}: {{{type}}};
{{/each}}
`;

const renderDeclarations = handlebars.compile<{
  typed: GraphQLExportsFile['typed'];
  exports: readonly { name: string; type: string; separator: string }[];
}>(DECLARATIONS, { noEscape: true, strict: true });

/**
 * The declared type of an export as prettier prints it: `string`, or the brand with its two type
 * arguments, one per line when `export declare const x: GeneratedQuery<A, B>;` is wider than 80
 * columns (prettier gives type arguments no trailing comma).
 */
function declaredType(entry: GraphQLExport, kind: string | undefined): string {
  if (entry.types === undefined || kind === undefined) return 'string';
  const args = [`APITypes.${entry.types.variables}`, `APITypes.${entry.types.result}`];
  const flat = `Generated${kind}<${args.join(', ')}>`;
  if (`export declare const ${entry.name}: ${flat};`.length <= PRINT_WIDTH) return flat;
  return `Generated${kind}<\n${args.map((a) => `  ${a}`).join(',\n')}\n>`;
}

/**
 * The `.d.ts` of a file {@link renderGraphQLExports} renders: the same brand type, and each export
 * declared with its type (what the compiler's declaration emit writes, without type-checking), laid
 * out as prettier prints it.
 */
export function renderGraphQLDeclarations(file: GraphQLExportsFile): string {
  checkExports(file, false);
  const kind = file.typed?.kind;
  const exports = file.exports.map((entry, index) => ({
    name: entry.name,
    type: declaredType(entry, kind),
    separator: separator(file, index),
  }));
  return renderDeclarations({ typed: file.typed, exports });
}

const JAVASCRIPT = `{{#each exports}}
export const {{{name}}} = /* GraphQL */ \`{{{document}}}\`;
{{/each}}`;

const renderJavaScript = handlebars.compile<GraphQLExportsFile>(JAVASCRIPT, {
  noEscape: true,
  strict: true,
});

/**
 * The `.js` of a file {@link renderGraphQLExports} renders, written directly instead of
 * transpiled: each export without its cast, one after another with no blank line between them (as
 * the compiler writes them, so that a formatted file is the same either way). The documents must
 * be in prettier's embedded form (see embedded-graphql.ts); the file is then exactly what prettier
 * prints.
 */
export function renderJavaScriptExports(file: GraphQLExportsFile): string {
  checkExports(file);
  return renderJavaScript(file);
}
