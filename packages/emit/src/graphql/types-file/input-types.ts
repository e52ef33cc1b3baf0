import { Kind } from '../graphql-language.js';
import type { TypeDefinitionNode } from 'graphql';
import { namedTypeName } from '../api-schema/api-schema.js';
import type { ApiSchema } from '../api-schema/api-schema.js';
import { typeAlias } from './declaration.js';
import type { Declaration } from './declaration.js';
import { typeLiteral } from './type-literal.js';
import { listTypeName, namedTypeText, typeReferenceMember } from './type-reference.js';

/**
 * Every input type (Create/Update/Delete inputs, filters, conditions, subscription filters, the
 * shared `Model*Input`s, key conditions, non-model inputs) as an exported type alias without
 * `__typename`: `CreatePostInput = { id?: string | null; title: string; … }`.
 */
export function inputTypeAliases(
  schema: ApiSchema,
  types: readonly TypeDefinitionNode[],
): Declaration[] {
  const list = listTypeName(schema);
  return types.flatMap((type) => {
    if (type.kind !== Kind.INPUT_OBJECT_TYPE_DEFINITION) return [];
    const members = (type.fields ?? []).map((field) =>
      typeReferenceMember(
        list,
        field.name.value,
        field.type,
        namedTypeText(schema, namedTypeName(field.type)),
        field.defaultValue !== undefined,
      ),
    );
    return [typeAlias(type.name.value, typeLiteral(members))];
  });
}
