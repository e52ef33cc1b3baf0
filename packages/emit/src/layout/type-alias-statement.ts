import { assignment } from './assignment.js';
import { hardline, join } from './doc.js';
import { PRINT_WIDTH, printDoc } from './print-doc.js';

/**
 * `export type Name = type;`, the type given as text (its lines already laid out), as prettier
 * lays out a type alias: the whole type moves to the next line, indented, when its first line does
 * not fit after `=`.
 */
export function exportedTypeAlias(name: string, type: string): string {
  const flat = `export type ${name} = ${type};`;
  // When the first line fits, the document prints as this text: most aliases take no layout.
  const firstLineEnd = flat.indexOf('\n');
  if ((firstLineEnd === -1 ? flat.length : firstLineEnd) <= PRINT_WIDTH) return flat;
  return printDoc(assignment(['export type ', name], join(hardline, type.split('\n'))));
}
