import { isEnumType } from 'graphql';
import type { GraphQLNamedType } from 'graphql';
import type { Declaration } from './declaration.js';

/**
 * Every enum as a string enum, AWS's form: `export enum Difficulty { EASY = "EASY", … }`.
 * GraphQL enum values are GraphQL names, so each is a valid member name as it stands.
 */
export function enumDeclarations(types: readonly GraphQLNamedType[]): Declaration[] {
  return types.filter(isEnumType).map((type) => ({
    kind: 'enum',
    name: type.name,
    values: type.getValues().map((value) => value.name),
  }));
}
