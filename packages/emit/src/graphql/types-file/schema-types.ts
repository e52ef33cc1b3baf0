import { OperationTypeNode } from '../graphql-language.js';
import type { TypeDefinitionNode } from 'graphql';
import type { ApiSchema } from '../api-schema/api-schema.js';

/**
 * The schema's own named types in declaration order, without the root operation types (built-in
 * scalars are never declared). The same schema gives the same order on every run.
 */
export function declaredTypes(schema: ApiSchema): TypeDefinitionNode[] {
  const roots = new Set<TypeDefinitionNode | undefined>([
    schema.rootType(OperationTypeNode.QUERY),
    schema.rootType(OperationTypeNode.MUTATION),
    schema.rootType(OperationTypeNode.SUBSCRIPTION),
  ]);
  return schema.types.filter((type) => !roots.has(type));
}
