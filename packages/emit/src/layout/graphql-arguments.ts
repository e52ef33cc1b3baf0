import { group, ifBreak, indent, join, softline } from './doc.js';
import type { Doc } from './doc.js';
import { printDocAt } from './print-doc.js';
import { byWidths } from './width-template.js';

/**
 * `(a, b)` as prettier's GraphQL printer prints a variable-definition or argument list: on one
 * line when it fits with what follows it up to the line's end, else one entry a line, without
 * commas, and `)` on a line of its own.
 */
export function graphQLArguments(entries: readonly Doc[]): Doc {
  return group([
    '(',
    indent([softline, join([ifBreak('', ', '), softline], entries)]),
    softline,
    ')',
  ]);
}

/** The printers of {@link graphQLListLine}, by column, text after the list and entry count. */
const listPrinters = new Map<string, (...texts: string[]) => string>();

/**
 * `head(a, b) tail` printed at `column` (its indentation included), the list laid out by
 * {@link graphQLArguments}. A job's documents have tens of thousands of lists, printed once per
 * combination of widths (`byWidths`).
 */
export function graphQLListLine(
  column: number,
  head: string,
  entries: readonly string[],
  tail: string,
): string {
  const key = `${column} ${entries.length} ${tail}`;
  let print = listPrinters.get(key);
  if (print === undefined) {
    print = byWidths((name: string, ...texts: string[]) =>
      printDocAt([name, graphQLArguments(texts), tail], column),
    );
    listPrinters.set(key, print);
  }
  return print(head, ...entries);
}
