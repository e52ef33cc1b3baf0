import type { OperationDefinitionNode } from 'graphql';
import { BUILT_IN_SCALARS, namedTypeName } from '../api-schema/api-schema.js';
import type { ApiSchema } from '../api-schema/api-schema.js';
import { typeLiteral } from './type-literal.js';
import { listTypeName, namedTypeText, typeReferenceMember } from './type-reference.js';

/**
 * The variables type of one operation: one member per declared variable, in declaration order
 * (`{ id: string; filter?: ModelPostFilterInput | null }`), and `{}` when it declares none, so
 * that every statement has a variables type to name (amplify-codegen#736).
 */
export function variablesTypeText(
  schema: ApiSchema,
  operation: OperationDefinitionNode,
  operationName: string,
): string {
  const members = (operation.variableDefinitions ?? []).map((definition) => {
    const name = definition.variable.name.value;
    const type = definition.type;
    const typeName = namedTypeName(type);
    if (!BUILT_IN_SCALARS.has(typeName) && schema.type(typeName) === undefined) {
      throw new Error(
        `Operation ${operationName}: variable $${name} has a type the schema does not define`,
      );
    }
    // The statements builder declares no defaults: a variable is optional exactly when nullable.
    return typeReferenceMember(listTypeName(schema), name, type, namedTypeText(schema, typeName));
  });
  return typeLiteral(members);
}
