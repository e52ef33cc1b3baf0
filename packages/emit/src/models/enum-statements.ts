import type { EnumIR } from '@uibuilder-codegen/transform';
import { StructureKind, VariableDeclarationKind } from 'ts-morph';
import type {
  TypeAliasDeclarationStructure,
  VariableStatementStructure,
  WriterFunction,
} from 'ts-morph';
import { docCommentText } from './doc-comment.js';
import { objectLiteralKey } from './property-name.js';

/**
 * An enum as a `const` object and a union type of the same name:
 * `export const Status = { A: "A" } as const;` and
 * `export type Status = (typeof Status)[keyof typeof Status];`. Unlike `enum`, this is erasable
 * syntax, so it works under `isolatedModules`, `erasableSyntaxOnly` and Node's type stripping;
 * `Status.A` and the string `"A"` are both accepted where a `Status` is expected.
 */
export function createEnumStatements(
  enumIR: EnumIR,
): [VariableStatementStructure, TypeAliasDeclarationStructure] {
  const members = enumIR.values.map(
    (value) => `${objectLiteralKey(value)}: ${JSON.stringify(value)}`,
  );
  const initializer: WriterFunction = (writer) => {
    if (members.length === 0) {
      writer.write('{} as const');
      return;
    }
    writer.write('{').newLine();
    writer.indent(() => members.forEach((member) => writer.write(`${member},`).newLine()));
    writer.write('} as const');
  };
  return [
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [docCommentText(`GraphQL enum \`${enumIR.name}\`.`)],
      declarations: [{ kind: StructureKind.VariableDeclaration, name: enumIR.name, initializer }],
    },
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: enumIR.name,
      type: `(typeof ${enumIR.name})[keyof typeof ${enumIR.name}]`,
    },
  ];
}
