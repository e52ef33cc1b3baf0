import type { EnumIR } from '@uibuilder-codegen/transform';
import type { TypeAliasDeclarationStructure } from 'ts-morph';
import { tsMorph } from '../typescript/ts-morph-module.js';
import { docCommentText } from './doc-comment.js';
import { enumObjectLiteral, enumUnionType } from '../typescript/enum-object.js';

/**
 * An enum as a `const` object and a union type of the same name:
 * `export const Status = { A: "A" } as const;` and
 * `export type Status = (typeof Status)[keyof typeof Status];`. Unlike `enum`, this is erasable
 * syntax, so it works under `isolatedModules`, `erasableSyntaxOnly` and Node's type stripping;
 * `Status.A` and the string `"A"` are both accepted where a `Status` is expected.
 *
 * The `const` statement is given as text: ts-morph's variable-statement printer adds a hanging
 * indent to every line of a multi-line initializer, which would misalign the object's members.
 */
export function createEnumStatements(enumIR: EnumIR): [string, TypeAliasDeclarationStructure] {
  const object = enumObjectLiteral(enumIR.values);
  const doc = `/** ${docCommentText(`GraphQL enum \`${enumIR.name}\`.`)} */`;
  return [
    `${doc}\nexport const ${enumIR.name} = ${object} as const;`,
    {
      kind: tsMorph().StructureKind.TypeAlias,
      isExported: true,
      name: enumIR.name,
      type: enumUnionType(enumIR.name),
    },
  ];
}
