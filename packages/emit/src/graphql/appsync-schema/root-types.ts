/**
 * `Query`, `Mutation` and `Subscription`, one field per IR operation in IR order, with the exact
 * argument lists of §1.4–§1.7. Field names come from the IR and are never recomputed.
 */
import type { ModelIR, OperationIR, SchemaIR } from '@uibuilder-codegen/transform';
import type {
  FieldDefinitionNode,
  InputValueDefinitionNode,
  ObjectTypeDefinitionNode,
} from 'graphql';
import { fieldTypeNode, resolveFieldType } from './field-types.js';
import { ownerFields } from './owner-fields.js';
import { schemaLookup } from './schema-lookup.js';
import type { SchemaNeeds } from './schema-needs.js';
import {
  awsSubscribeDirective,
  fieldDefinition,
  inputValue,
  namedType,
  nonNull,
  nullable,
  objectType,
} from './sdl-nodes.js';
import { keyNameFor, sortKeyArgument } from './sort-key-argument.js';

function keyArgument(ir: SchemaIR, model: ModelIR, name: string): InputValueDefinitionNode {
  const field = model.fields.find((f) => f.name === name);
  if (field === undefined)
    throw new Error(`AppSync schema: key field ${model.name}.${name} does not exist`);
  return inputValue(name, nonNull(fieldTypeNode(resolveFieldType(ir, model, field))));
}

const PAGE = [inputValue('limit', namedType('Int')), inputValue('nextToken', namedType('String'))];
const SORT_DIRECTION = inputValue('sortDirection', namedType('ModelSortDirection'));

function listArguments(
  ir: SchemaIR,
  model: ModelIR,
  needs: SchemaNeeds,
): InputValueDefinitionNode[] {
  const filter = inputValue('filter', namedType(model.typeNames.filterInput));
  const key = model.primaryKey;
  if (!key.isCustom) return [filter, ...PAGE];
  const partition = keyArgument(ir, model, key.partitionKey);
  const sort = sortKeyArgument(ir, model, key.sortKeys, 'Primary', needs);
  return [
    inputValue(partition.name.value, nullable(partition.type)),
    ...(sort === undefined ? [] : [sort]),
    filter,
    ...PAGE,
    SORT_DIRECTION,
  ];
}

function indexArguments(
  ir: SchemaIR,
  model: ModelIR,
  operation: OperationIR,
  needs: SchemaNeeds,
): InputValueDefinitionNode[] {
  const index = operation.index;
  if (index === undefined)
    throw new Error(`AppSync schema: index operation ${operation.fieldName} has no index`);
  const keyName = keyNameFor(model, index.partitionKey, index.sortKeys);
  const sort = sortKeyArgument(ir, model, index.sortKeys, keyName, needs);
  return [
    keyArgument(ir, model, index.partitionKey),
    ...(sort === undefined ? [] : [sort]),
    SORT_DIRECTION,
    inputValue('filter', namedType(model.typeNames.filterInput)),
    ...PAGE,
  ];
}

function mutationFieldName(ir: SchemaIR, operation: OperationIR): string {
  const role =
    operation.role === 'onCreate' ? 'create' : operation.role === 'onUpdate' ? 'update' : 'delete';
  const mutation = schemaLookup(ir).operation(operation.model, role);
  if (mutation === undefined)
    throw new Error(`AppSync schema: ${operation.fieldName} has no ${role} mutation`);
  return mutation.fieldName;
}

function rootField(ir: SchemaIR, operation: OperationIR, needs: SchemaNeeds): FieldDefinitionNode {
  const model = schemaLookup(ir).model(operation.model);
  const names = model.typeNames;
  const single = namedType(model.name);
  const connection = namedType(names.connection);
  const condition = inputValue('condition', namedType(names.conditionInput));
  const mutation = (input: string): InputValueDefinitionNode[] => [
    inputValue('input', nonNull(namedType(input))),
    condition,
  ];
  const subscriptionFilter = [
    inputValue('filter', namedType(names.subscriptionFilterInput)),
    ...ownerFields(model).map((owner) => inputValue(owner.name, namedType('String'))),
  ];
  const key = [model.primaryKey.partitionKey, ...model.primaryKey.sortKeys];
  switch (operation.role) {
    case 'get':
      return fieldDefinition(
        operation.fieldName,
        single,
        key.map((k) => keyArgument(ir, model, k)),
      );
    case 'list':
      return fieldDefinition(operation.fieldName, connection, listArguments(ir, model, needs));
    case 'index':
      return fieldDefinition(
        operation.fieldName,
        connection,
        indexArguments(ir, model, operation, needs),
      );
    case 'create':
      return fieldDefinition(operation.fieldName, single, mutation(names.createInput));
    case 'update':
      return fieldDefinition(operation.fieldName, single, mutation(names.updateInput));
    case 'delete':
      return fieldDefinition(operation.fieldName, single, mutation(names.deleteInput));
    case 'onCreate':
    case 'onUpdate':
    case 'onDelete':
      return fieldDefinition(operation.fieldName, single, subscriptionFilter, [
        awsSubscribeDirective([mutationFieldName(ir, operation)]),
      ]);
  }
}

const ROOT_NAMES = { query: 'Query', mutation: 'Mutation', subscription: 'Subscription' } as const;

/** The root types that have fields, in Query, Mutation, Subscription order. */
export function rootTypes(ir: SchemaIR, needs: SchemaNeeds): ObjectTypeDefinitionNode[] {
  return (['query', 'mutation', 'subscription'] as const).flatMap((kind) => {
    const fields = ir.operations.filter((o) => o.kind === kind).map((o) => rootField(ir, o, needs));
    return fields.length === 0 ? [] : [objectType(ROOT_NAMES[kind], fields)];
  });
}
