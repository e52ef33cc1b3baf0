/**
 * Model object types with relationship fields rewritten to connections (§1.1, §1.3), their
 * `Model<M>Connection` types, and non-model object types (copied as declared).
 */
import type { FieldIR, ModelIR, NonModelIR, SchemaIR } from '@uibuilder-codegen/transform';
import type { FieldDefinitionNode, ObjectTypeDefinitionNode } from 'graphql';
import { fieldTypeNode, resolveFieldType } from './field-types.js';
import { ownerFields } from './owner-fields.js';
import { schemaLookup } from './schema-lookup.js';
import type { SchemaNeeds } from './schema-needs.js';
import {
  fieldDefinition,
  inputValue,
  listOf,
  namedType,
  nonNull,
  objectType,
} from './sdl-nodes.js';
import { keyNameFor, sortKeyArgument } from './sort-key-argument.js';

/**
 * `f([sortArg,] filter, sortDirection, limit, nextToken): Model<C>Connection`, always nullable;
 * a manyToMany field connects to its join model.
 */
function connectionField(ir: SchemaIR, field: FieldIR, needs: SchemaNeeds): FieldDefinitionNode {
  const relation = field.relation;
  const childName = relation?.kind === 'manyToMany' ? relation.joinModel : field.type.name;
  const child = schemaLookup(ir).model(childName);
  let sortArgument;
  if (relation?.kind === 'hasMany' && relation.keyConditionFields.length > 0) {
    const partitionKey = relation.foreignKeys[0] ?? child.primaryKey.partitionKey;
    const keyName = keyNameFor(child, partitionKey, relation.keyConditionFields);
    sortArgument = sortKeyArgument(ir, child, relation.keyConditionFields, keyName, needs);
  }
  const args = [
    ...(sortArgument === undefined ? [] : [sortArgument]),
    inputValue('filter', namedType(child.typeNames.filterInput)),
    inputValue('sortDirection', namedType('ModelSortDirection')),
    inputValue('limit', namedType('Int')),
    inputValue('nextToken', namedType('String')),
  ];
  return fieldDefinition(field.name, namedType(child.typeNames.connection), args);
}

function modelField(
  ir: SchemaIR,
  model: ModelIR,
  field: FieldIR,
  needs: SchemaNeeds,
): FieldDefinitionNode {
  if (field.type.kind !== 'model') {
    return fieldDefinition(field.name, fieldTypeNode(resolveFieldType(ir, model, field)));
  }
  const kind = field.relation?.kind;
  if (kind === 'hasMany' || kind === 'manyToMany' || (kind === undefined && field.isArray)) {
    return connectionField(ir, field, needs);
  }
  const related = namedType(field.type.name);
  return fieldDefinition(field.name, field.required ? nonNull(related) : related);
}

/** `type M { … }`, fields in API order. */
export function modelObjectType(
  ir: SchemaIR,
  model: ModelIR,
  needs: SchemaNeeds,
): ObjectTypeDefinitionNode {
  return objectType(model.name, [
    ...model.fields.map((field) => modelField(ir, model, field, needs)),
    ...ownerFields(model)
      .filter((owner) => !owner.declared)
      .map((owner) => fieldDefinition(owner.name, namedType('String'))),
  ]);
}

/** `type Model<M>Connection { items: [M]!, nextToken: String }` */
export function modelConnectionType(model: ModelIR): ObjectTypeDefinitionNode {
  return objectType(model.typeNames.connection, [
    fieldDefinition('items', nonNull(listOf(namedType(model.name)))),
    fieldDefinition('nextToken', namedType('String')),
  ]);
}

/** `type N { … }` for a non-model, as declared; a model it holds is a plain field (no connection). */
export function nonModelObjectType(ir: SchemaIR, nonModel: NonModelIR): ObjectTypeDefinitionNode {
  return objectType(
    nonModel.name,
    nonModel.fields.map((field) =>
      fieldDefinition(field.name, fieldTypeNode(resolveFieldType(ir, undefined, field))),
    ),
  );
}
