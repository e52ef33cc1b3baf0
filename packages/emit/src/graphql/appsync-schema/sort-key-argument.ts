/**
 * The sort-key argument that key queries and hasMany connection fields take (§1.3, §1.4, §1.5):
 * one sort key gives `sk: Model<S>KeyConditionInput`, several give
 * `<camelJoin(sks)>: Model<M><Key>CompositeKeyConditionInput`.
 */
import type { ModelIR, SchemaIR } from '@uibuilder-codegen/transform';
import type { InputValueDefinitionNode } from 'graphql';
import { keyConditionInputName, resolveFieldType } from './field-types.js';
import type { SchemaNeeds } from './schema-needs.js';
import { inputValue, namedType } from './sdl-nodes.js';

function upperFirst(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}

/**
 * Builds the argument for `sortKeys` of `model`, or `undefined` when there are none.
 * `keyName` is the composite input's infix: `Primary` for the primary key, else the index's
 * upper-first name.
 */
export function sortKeyArgument(
  ir: SchemaIR,
  model: ModelIR,
  sortKeys: readonly string[],
  keyName: string,
  needs: SchemaNeeds,
): InputValueDefinitionNode | undefined {
  const resolved = sortKeys.map((name) => {
    const field = model.fields.find((f) => f.name === name);
    if (field === undefined)
      throw new Error(`sortKeyArgument: ${model.name}.${name} does not exist`);
    return { name, type: resolveFieldType(ir, model, field) };
  });
  const [first] = resolved;
  if (first === undefined) return undefined;
  if (resolved.length === 1) {
    const inputName = keyConditionInputName(first.type);
    needs.keyConditions.add(inputName);
    return inputValue(first.name, namedType(inputName));
  }
  const argumentName = resolved.map((r, i) => (i === 0 ? r.name : upperFirst(r.name))).join('');
  const conditionName = `Model${model.name}${upperFirst(keyName)}CompositeKeyConditionInput`;
  needs.compositeKeys.set(conditionName, {
    conditionName,
    keyInputName: `Model${model.name}${upperFirst(keyName)}CompositeKeyInput`,
    fields: resolved.map((r) => ({ name: r.name, typeName: r.type.typeName })),
  });
  return inputValue(argumentName, namedType(conditionName));
}

/**
 * The composite-key infix of an index query or a hasMany over `partitionKey` (§1.5): `Primary`
 * for the primary key; `by<Model>` for a join model's side, the index the manyToMany transformer
 * adds; otherwise the job names no index, so `by<PartitionKey>`.
 */
export function keyNameFor(
  model: ModelIR,
  partitionKey: string,
  sortKeys: readonly string[],
): string {
  const pk = model.primaryKey;
  const isPrimary =
    pk.partitionKey === partitionKey &&
    pk.sortKeys.length === sortKeys.length &&
    pk.sortKeys.every((s, i) => s === sortKeys[i]);
  if (isPrimary) return 'Primary';
  const owner = model.fields.find((f) => f.name === partitionKey)?.foreignKeyOf;
  const relation = owner && model.fields.find((f) => f.name === owner.field)?.relation;
  if (model.isJoinTable && relation !== undefined) return `by${relation.relatedModel}`;
  return `by${upperFirst(partitionKey)}`;
}
