import type { EnumIR } from '@uibuilder-codegen/transform';
import { exportedTypeAlias } from '../layout/type-alias-statement.js';
import { docCommentText } from './doc-comment.js';
import { enumObjectLiteral, enumUnionType } from '../typescript/enum-object.js';

/**
 * An enum as a `const` object and a union type of the same name:
 * `export const Status = { A: "A" } as const;` and
 * `export type Status = (typeof Status)[keyof typeof Status];`. Unlike `enum`, this is erasable
 * syntax, so it works under `isolatedModules`, `erasableSyntaxOnly` and Node's type stripping;
 * `Status.A` and the string `"A"` are both accepted where a `Status` is expected.
 *
 * Both are given as text: ts-morph's variable-statement printer adds a hanging indent to every
 * line of a multi-line initializer, which would misalign the object's members, and its type-alias
 * printer never breaks a line, where prettier breaks a long alias after `=` (the layout module's
 * type alias, shared with the GraphQL types file).
 */
export function createEnumStatements(enumIR: EnumIR): string {
  const object = enumObjectLiteral(enumIR.values);
  const doc = `/** ${docCommentText(`GraphQL enum \`${enumIR.name}\`.`)} */`;
  return [
    `${doc}\nexport const ${enumIR.name} = ${object} as const;`,
    exportedTypeAlias(enumIR.name, enumUnionType(enumIR.name)),
  ].join('\n');
}
