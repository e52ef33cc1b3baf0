import { assignment } from './assignment.js';
import { hardline, join } from './doc.js';
import { PRINT_WIDTH, printDoc } from './print-doc.js';

/**
 * `export type Name = type;`, the type given as text (its lines already laid out), as prettier
 * lays out a type alias: the whole type moves to the next line, indented, when its first line does
 * not fit after `=`.
 */
export function exportedTypeAlias(name: string, type: string): string {
  const head = `export type ${name} = `;
  // When the first line fits, the document prints as this text: most aliases take no layout. The
  // first line is measured in `type`, not in the alias: reading the alias would copy the whole
  // type into it (100 MB of aliases at 5,000 models), where appending leaves one copy, the file's.
  const typeLineEnd = type.indexOf('\n');
  const firstLine = head.length + (typeLineEnd === -1 ? type.length + 1 : typeLineEnd);
  if (firstLine <= PRINT_WIDTH) return `${head}${type};`;
  return printDoc(assignment(['export type ', name], join(hardline, type.split('\n'))));
}
