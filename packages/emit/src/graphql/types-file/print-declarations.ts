import { concatenatePieces } from '../../concatenate-pieces.js';
import { enumObjectLiteral, enumUnionType } from '../../typescript/enum-object.js';
import { propertyName } from '../../typescript/property-name.js';
import { exportedTypeAlias } from '../../layout/type-alias-statement.js';
import type { Declaration } from './declaration.js';

/**
 * Which file the declarations are printed for: the TypeScript types file (`API.ts`), or the
 * declaration file beside the JavaScript one (`API.d.ts`). They differ only in how an enum's
 * object is written: `export const X = { … } as const;` or `export declare const X: { … };`.
 */
export type DeclarationForm = 'typescript' | 'declaration';

/**
 * The source text of a list of declarations, one blank line between them, LF newlines and a
 * final newline; the empty list prints as the empty string.
 *
 * A string join rather than ts-morph: with ts-morph structures, `addTypeAliases` for a
 * 1,000-model schema took 3–5 s (its code writer walks the text character by character and
 * re-indents every nested literal), while the text itself is built in a fraction of a second.
 */
export function printDeclarations(
  declarations: readonly Declaration[],
  form: DeclarationForm = 'typescript',
): string {
  if (declarations.length === 0) return '';
  const printed = declarations.map((declaration) => printDeclaration(declaration, form));
  // A rope, copied once when the file is first read, banner included (95 MB at 5,000 models).
  return `${concatenatePieces(printed, '\n\n')}\n`;
}

/**
 * The JavaScript the types file's enums become: `export const X = Object.freeze({ … });` each,
 * one blank line between them (the type aliases erase). `Object.freeze` keeps the values as
 * literal types under `checkJs` (`Readonly<{ A: "A" }>`), and is valid TypeScript too, so the same
 * text is transpiled when the render config's target or module asks for other syntax.
 */
export function printEnumObjects(declarations: readonly Declaration[]): string {
  const objects = declarations.flatMap((declaration) =>
    declaration.kind === 'enum'
      ? [
          `export const ${declaration.name} = Object.freeze(${enumObjectLiteral(declaration.values)});`,
        ]
      : [],
  );
  return objects.length === 0 ? 'export {};\n' : `${objects.join('\n\n')}\n`;
}

function printDeclaration(declaration: Declaration, form: DeclarationForm): string {
  if (declaration.kind === 'typeAlias')
    return exportedTypeAlias(declaration.name, declaration.type);
  // An enum is a `const` object and a union type of the same name (docs/decisions.md, "Enums"):
  // erasable syntax, unlike `enum`, and `X.A` as a value and `X` as a type still work.
  const { name, values } = declaration;
  const object =
    form === 'typescript'
      ? `export const ${name} = ${enumObjectLiteral(values)} as const;`
      : `export declare const ${name}: ${readonlyTypeLiteral(values)};`;
  return `${object}\n${exportedTypeAlias(name, enumUnionType(name))}`;
}

/** The declared type of an enum object: `{ readonly A: "A"; … }`, one member a line. */
function readonlyTypeLiteral(values: readonly string[]): string {
  if (values.length === 0) return '{}';
  const members = values.map(
    (value) => `  readonly ${propertyName(value)}: ${JSON.stringify(value)};`,
  );
  return `{\n${members.join('\n')}\n}`;
}
