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

function printDeclaration(declaration: Declaration): string {
  if (declaration.kind === 'typeAlias') {
    return `export type ${declaration.name} = ${declaration.type};`;
  }
  const members = declaration.values.map(
    (value) => `  ${propertyName(value)} = ${JSON.stringify(value)},`,
  );
  return `export enum ${declaration.name} {\n${members.join('\n')}\n}`;
}
