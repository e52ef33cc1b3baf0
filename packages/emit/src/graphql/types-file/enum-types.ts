import { Kind } from '../graphql-language.js';
import type { TypeDefinitionNode } from 'graphql';
import type { Declaration } from './declaration.js';

/**
 * Every enum of the schema, in declaration order. GraphQL enum values are GraphQL names, so each
 * is a valid property name as it stands.
 */
export function enumDeclarations(types: readonly TypeDefinitionNode[]): Declaration[] {
  return types.flatMap((type) =>
    type.kind === Kind.ENUM_TYPE_DEFINITION
      ? [
          {
            kind: 'enum',
            name: type.name.value,
            values: (type.values ?? []).map((value) => value.name.value),
          },
        ]
      : [],
  );
}
