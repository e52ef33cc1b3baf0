import { getNamedType, typeFromAST } from 'graphql';
import type { GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { typeLiteral } from './type-literal.js';
import { namedTypeText, typeReferenceMember } from './type-reference.js';

/**
 * The variables type of one operation: one member per declared variable, in declaration order
 * (`{ id: string; filter?: ModelPostFilterInput | null }`), and `{}` when it declares none, so
 * that every statement has a variables type to name (amplify-codegen#736).
 */
export function variablesTypeText(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  operationName: string,
): string {
  const members = (operation.variableDefinitions ?? []).map((definition) => {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type);
    if (type === undefined) {
      throw new Error(
        `Operation ${operationName}: variable $${name} has a type the schema does not define`,
      );
    }
    return typeReferenceMember(
      name,
      type,
      namedTypeText(getNamedType(type)),
      definition.defaultValue !== undefined,
    );
  });
  return typeLiteral(members);
}
