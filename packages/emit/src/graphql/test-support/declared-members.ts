/**
 * Test support: what a types file declares, read with the TypeScript compiler: each exported type
 * alias or enum by name, with its top-level members (`name` or `name?` for an optional property;
 * enum member names). An enum written as a `const` object plus a union type of the same name (ours,
 * docs/decisions.md) counts as that enum, with the object's keys as its members. Nested shapes are left out: result types deliberately mirror the selection
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
    } else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        const object = enumObject(declaration.initializer);
        if (ts.isIdentifier(declaration.name) && object !== undefined)
          declared.set(
            declaration.name.text,
            object.properties.map((p) => p.name?.getText(file) ?? ''),
          );
      }
    } else if (ts.isTypeAliasDeclaration(statement) && !declared.has(statement.name.text)) {
      declared.set(statement.name.text, literalMembers(statement.type, file));
    }
  }
  return declared;
}

function literalMembers(type: ts.TypeNode, file: ts.SourceFile): string[] {
  if (!ts.isTypeLiteralNode(type)) return [];
  return type.members.map((m) => `${m.name?.getText(file) ?? ''}${m.questionToken ? '?' : ''}`);
}

/** The object literal of `{ ... } as const` (or `Object.freeze({ ... })`), if that is what it is. */
function enumObject(
  initializer: ts.Expression | undefined,
): ts.ObjectLiteralExpression | undefined {
  let expression = initializer;
  if (expression !== undefined && ts.isAsExpression(expression)) expression = expression.expression;
  if (expression !== undefined && ts.isCallExpression(expression))
    expression = expression.arguments[0];
  return expression !== undefined && ts.isObjectLiteralExpression(expression)
    ? expression
    : undefined;
}
