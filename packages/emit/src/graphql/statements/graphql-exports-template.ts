/**
 * The one template of the statement and fragment files (the banner is added by the shared
 * machinery): an optional `APITypes` import with the file-local brand type amplify-js v6 reads
 * (APPSYNC-CONVENTIONS.md §2.3), then one `export const` per document.
 */
import Handlebars from 'handlebars';

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

const TEMPLATE = `{{#if typed}}
import * as APITypes from {{{json typed.specifier}}};

type Generated{{typed.kind}}<InputType, OutputType> = string & {
  __generated{{typed.kind}}Input: InputType;
  __generated{{typed.kind}}Output: OutputType;
};
{{/if}}
{{#each exports}}

export const {{{name}}} = /* GraphQL */ \`{{{document}}}\`{{#if types}} as Generated{{../typed.kind}}<APITypes.{{{types.variables}}}, APITypes.{{{types.result}}}>{{/if}};
{{/each}}
`;

const handlebars = Handlebars.create();
handlebars.registerHelper('json', (value: unknown) => JSON.stringify(value));
const render = handlebars.compile<GraphQLExportsFile>(TEMPLATE, { noEscape: true, strict: true });

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * Renders a statements or fragments file. Throws when a document could close or interpolate into
 * its template literal (a backtick, `${` or a backslash) or a name is not an identifier: GraphQL
 * names cannot contain either, so this only guards the invariant.
 */
export function renderGraphQLExports(file: GraphQLExportsFile): string {
  for (const entry of file.exports) {
    if (/[`\\]|\$\{/.test(entry.document)) {
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
  return render(file).replace(/^\n+/, '');
}
