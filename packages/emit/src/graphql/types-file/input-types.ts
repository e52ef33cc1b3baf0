import { getNamedType, isInputObjectType } from 'graphql';
import type { GraphQLNamedType } from 'graphql';
import { typeAlias } from './declaration.js';
import type { Declaration } from './declaration.js';
import { typeLiteral } from './type-literal.js';
import { namedTypeText, typeReferenceMember } from './type-reference.js';

/**
 * Every input type (Create/Update/Delete inputs, filters, conditions, subscription filters, the
 * shared `Model*Input`s, key conditions, non-model inputs) as an exported type alias without
 * `__typename`: `CreatePostInput = { id?: string | null; title: string; … }`.
 */
export function inputTypeAliases(types: readonly GraphQLNamedType[]): Declaration[] {
  return types.filter(isInputObjectType).map((type) => {
    const members = Object.values(type.getFields()).map((field) =>
      typeReferenceMember(
        field.name,
        field.type,
        namedTypeText(getNamedType(field.type)),
        field.defaultValue !== undefined,
      ),
    );
    return typeAlias(type.name, typeLiteral(members));
  });
}
