/**
 * The input types (and the enums among argument types, such as `ModelSortDirection`) some root
 * field's arguments reach, directly or through other input types' fields: the ones AWS's
 * `generateTypes` declares. A deployed schema holds inputs no operation takes (the
 * transformer's shared `ModelBooleanInput` on a schema without booleans, AI-kit inputs), which
 * the inferred schema never has.
 */
import type { TypeNode } from 'graphql';
import { Kind, OperationTypeNode } from '../graphql-language.js';
import { namedTypeName } from '../api-schema/api-schema.js';
import type { ApiSchema } from '../api-schema/api-schema.js';

/** The names of the input types the operations of `schema` use. */
export function usedInputTypes(schema: ApiSchema): Set<string> {
  const used = new Set<string>();
  const pending: TypeNode[] = [];
  for (const operation of [
    OperationTypeNode.QUERY,
    OperationTypeNode.MUTATION,
    OperationTypeNode.SUBSCRIPTION,
  ]) {
    const root = schema.rootType(operation);
    if (root === undefined) continue;
    for (const field of root.fields ?? [])
      pending.push(...(field.arguments ?? []).map((a) => a.type));
  }
  for (let type = pending.pop(); type !== undefined; type = pending.pop()) {
    const name = namedTypeName(type);
    const definition = schema.type(name);
    if (definition?.kind === Kind.ENUM_TYPE_DEFINITION) used.add(name);
    if (definition?.kind !== Kind.INPUT_OBJECT_TYPE_DEFINITION || used.has(name)) continue;
    used.add(name);
    pending.push(...(definition.fields ?? []).map((f) => f.type));
  }
  return used;
}
