/**
 * Test support: what a types file declares, read with the TypeScript compiler: each exported type
 * alias or enum by name, with its top-level members (`name` or `name?` for an optional property;
 * enum member names). Nested shapes are left out: result types deliberately mirror the selection
 * (APPSYNC-CONVENTIONS.md §4), where AWS's do not.
 */
import ts from 'typescript';

/** Declared name -> its members, in declaration order. */
export function declaredMembers(source: string): Map<string, string[]> {
  const file = ts.createSourceFile('API.ts', source, ts.ScriptTarget.ES2020, false);
  const declared = new Map<string, string[]>();
  for (const statement of file.statements) {
    if (ts.isEnumDeclaration(statement)) {
      declared.set(
        statement.name.text,
        statement.members.map((m) => m.name.getText(file)),
      );
    } else if (ts.isTypeAliasDeclaration(statement)) {
      declared.set(statement.name.text, literalMembers(statement.type, file));
    }
  }
  return declared;
}

function literalMembers(type: ts.TypeNode, file: ts.SourceFile): string[] {
  if (!ts.isTypeLiteralNode(type)) return [];
  return type.members.map((m) => `${m.name?.getText(file) ?? ''}${m.questionToken ? '?' : ''}`);
}
