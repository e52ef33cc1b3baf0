/**
 * One `export const` of a GraphQL document, and its declaration, as documents of the layout layer
 * (layout/). Each is printed once per combination of the widths that decide its layout
 * (`byWidths`): a statements file has an export per operation, and one call of prettier's printer
 * each made a 5,000-model job's statements about 25% slower.
 */
import { assignment } from '../../layout/assignment.js';
import { printDoc } from '../../layout/print-doc.js';
import { templateLiteral } from '../../layout/template-literal.js';
import { typeArguments } from '../../layout/type-arguments.js';
import { byWidths } from '../../layout/width-template.js';

/** `GeneratedQuery<APITypes.A, APITypes.B>`, `kind` being `Query`, `Mutation` or `Subscription`. */
function brandType(kind: string, variables: string, result: string) {
  return [
    'Generated',
    kind,
    typeArguments([
      ['APITypes.', variables],
      ['APITypes.', result],
    ]),
  ];
}

/**
 * `export const name = /* GraphQL *\/ \`document\` as GeneratedQuery<A, B>;` as prettier prints it
 * (an assignment in its "fluid" layout): the right side moves to the next line when the first
 * line of the document does not fit after `=`, and the type arguments go one a line when the last
 * line does not fit with them. prettier leaves the GraphQL of a cast template literal as it is.
 */
export const typedExport = byWidths(
  (name: string, document: string, kind: string, variables: string, result: string) =>
    printDoc(
      assignment(
        ['export const ', name],
        ['/* GraphQL */ ', templateLiteral(document), ' as ', brandType(kind, variables, result)],
      ),
    ),
);

/** `export declare const name: GeneratedQuery<A, B>;`, the type arguments broken when too long. */
export const declaredExport = byWidths(
  (name: string, kind: string, variables: string, result: string) =>
    printDoc(['export declare const ', name, ': ', brandType(kind, variables, result), ';']),
);

/**
 * `export const name = /* GraphQL *\/ \`document\`;`. It has no layout to decide: prettier never
 * breaks an assignment before a template literal (its "never-break-after-operator" layout), so
 * the document of it prints as this text. It reformats the GraphQL of an uncast template
 * (embedded formatting), so the document must be given in that form (see embedded-graphql.ts).
 */
export function plainExport(name: string, document: string): string {
  return `export const ${name} = /* GraphQL */ \`${document}\`;`;
}
