import { printer } from 'prettier/doc';
import { align } from './doc.js';
import type { Doc } from './doc.js';

/**
 * prettier's default `printWidth`, the one width every printer in emit lays its output out to:
 * the files are printed as prettier prints them with its default options, so the CLI can skip
 * prettier on them (`prettierStable`).
 */
export const PRINT_WIDTH = 80;

const OPTIONS: printer.Options = { printWidth: PRINT_WIDTH, tabWidth: 2, useTabs: false };

/**
 * Lays a document out with prettier's own printer (`printDocToString`) and its default options:
 * 80 columns, two-space indentation, LF line endings, trailing spaces trimmed from every line.
 */
export function printDoc(doc: Doc): string {
  return printer.printDocToString(doc, OPTIONS).formatted;
}

/**
 * A document printed as if it started at column `column` of a line indented that far, that
 * indentation included: lines broken inside it are indented `column` spaces more.
 */
export function printDocAt(doc: Doc, column: number): string {
  if (column === 0) return printDoc(doc);
  return printDoc([' '.repeat(column), align(column, doc)]);
}
