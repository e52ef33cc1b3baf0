import type { Declaration } from './declaration.js';
import { propertyName } from './type-literal.js';

/**
 * The source text of a list of declarations, one blank line between them, LF newlines and a
 * final newline; the empty list prints as the empty string.
 *
 * A string join rather than ts-morph: with ts-morph structures, `addTypeAliases` for a
 * 1,000-model schema took 3–5 s (its code writer walks the text character by character and
 * re-indents every nested literal), while the text itself is built in a fraction of a second.
 */
export function printDeclarations(declarations: readonly Declaration[]): string {
  if (declarations.length === 0) return '';
  return `${declarations.map(printDeclaration).join('\n\n')}\n`;
}

/** prettier's default print width: the output is laid out as prettier prints it. */
const PRINT_WIDTH = 80;

function printDeclaration(declaration: Declaration): string {
  if (declaration.kind === 'typeAlias') {
    const head = `export type ${declaration.name} = `;
    const firstLine = declaration.type.split('\n', 1)[0] ?? '';
    // prettier breaks after `=` and indents the whole type when its first line does not fit.
    if (head.length + firstLine.length + (declaration.type.includes('\n') ? 0 : 1) > PRINT_WIDTH) {
      const indented = declaration.type.replace(/^(?=.)/gm, '  ');
      return `export type ${declaration.name} =\n${indented};`;
    }
    return `${head}${declaration.type};`;
  }
  const members = declaration.values.map(
    (value) => `  ${propertyName(value)} = ${JSON.stringify(value)},`,
  );
  return `export enum ${declaration.name} {\n${members.join('\n')}\n}`;
}
