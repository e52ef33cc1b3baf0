import { builders } from 'prettier/doc';

/**
 * The document builders of prettier itself (`prettier/doc`), the one layout mechanism of emit:
 * every TypeScript and JavaScript text that is not written by ts-morph or graphql-js is built as a
 * document and laid out by {@link printDoc}, so that line fitting is prettier's own and not a rule
 * re-derived for each shape. Only the public builders are used; formatting with the user's
 * config stays in the CLI.
 */
export type Doc = builders.Doc;

export const {
  align,
  breakParent,
  conditionalGroup,
  group,
  hardline,
  ifBreak,
  indent,
  indentIfBreak,
  line,
  literalline,
  softline,
} = builders;

/** The documents with `separator` between them (prettier's `join`, for readonly lists too). */
export function join(separator: Doc, docs: readonly Doc[]): Doc[] {
  return builders.join(separator, [...docs]);
}
