import { Kind } from '../graphql-language.js';
import type { TypeDefinitionNode } from 'graphql';
import type { Declaration } from './declaration.js';

/**
 * Every enum as a string enum, AWS's form: `export enum Difficulty { EASY = "EASY", … }`.
 * GraphQL enum values are GraphQL names, so each is a valid member name as it stands.
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
