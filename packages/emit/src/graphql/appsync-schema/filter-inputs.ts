/**
 * `Model<M>FilterInput`, `Model<M>ConditionInput` and `ModelSubscription<M>FilterInput` (§1.9),
 * with the transformer's quirks: the `id` filter of id-less models, timestamps after `not` in
 * conditions, and subscription-filter foreign keys on the model that declares the directive (§1.2).
 */
import type { FieldIR, ModelIR, RelationIR, SchemaIR } from '@uibuilder-codegen/transform';
import type { InputObjectTypeDefinitionNode, InputValueDefinitionNode } from 'graphql';
import {
  filterInputName,
  filtersAsEnumList,
  resolveFieldType,
  subscriptionFilterInputName,
} from './field-types.js';
import type { ResolvedFieldType } from './field-types.js';
import { ownerFields } from './owner-fields.js';
import { schemaLookup } from './schema-lookup.js';
import type { SchemaNeeds } from './schema-needs.js';
import { inputType, inputValue, listOf, namedType } from './sdl-nodes.js';

interface FilterableField {
  readonly field: FieldIR;
  readonly type: ResolvedFieldType;
}

const ID_QUIRK: ResolvedFieldType = {
  kind: 'scalar',
  typeName: 'ID',
  isArray: false,
  required: true,
};

function filterable(ir: SchemaIR, model: ModelIR, fields: readonly FieldIR[]): FilterableField[] {
  return fields
    .filter((f) => f.type.kind === 'scalar' || f.type.kind === 'enum')
    .map((field) => ({ field, type: resolveFieldType(ir, model, field) }));
}

/** Type-order fields without implicit FKs; an id-less model gets `id` after its declared fields. */
function typeOrderFields(
  ir: SchemaIR,
  model: ModelIR,
): { name: string; type: ResolvedFieldType }[] {
  const own = filterable(ir, model, model.fields).filter(
    (f) => f.field.origin !== 'implicitForeignKey',
  );
  const fields = own.map((f) => ({ name: f.field.name, type: f.type }));
  if (!model.fields.some((f) => f.name === 'id')) {
    const firstTimestamp = own.findIndex((f) => f.field.origin === 'timestamp');
    fields.splice(firstTimestamp === -1 ? fields.length : firstTimestamp, 0, {
      name: 'id',
      type: ID_QUIRK,
    });
  }
  return fields;
}

function implicitForeignKeys(ir: SchemaIR, model: ModelIR): FilterableField[] {
  return filterable(ir, model, model.fields).filter((f) => f.field.origin === 'implicitForeignKey');
}

function combinators(name: string, withNot: boolean): InputValueDefinitionNode[] {
  const combined = [
    inputValue('and', listOf(namedType(name))),
    inputValue('or', listOf(namedType(name))),
  ];
  return withNot ? [...combined, inputValue('not', namedType(name))] : combined;
}

function filterField(
  name: string,
  type: ResolvedFieldType,
  needs: SchemaNeeds,
): InputValueDefinitionNode {
  if (type.kind === 'enum')
    (filtersAsEnumList(type) ? needs.enumListInputs : needs.enumInputs).add(type.typeName);
  return inputValue(name, namedType(filterInputName(type)));
}

/** `Model<M>FilterInput`: type-order fields, `and`/`or`/`not`, then the implicit FKs. */
export function modelFilterInput(
  ir: SchemaIR,
  model: ModelIR,
  needs: SchemaNeeds,
): InputObjectTypeDefinitionNode {
  const name = model.typeNames.filterInput;
  return inputType(name, [
    ...typeOrderFields(ir, model).map((f) => filterField(f.name, f.type, needs)),
    ...combinators(name, true),
    ...implicitForeignKeys(ir, model).map((f) => filterField(f.field.name, f.type, needs)),
    ...addedOwnerFilters(model),
  ]);
}

/** `<owner>: ModelStringInput` for each owner field an `@auth` rule adds (owner-fields.ts). */
function addedOwnerFilters(model: ModelIR): InputValueDefinitionNode[] {
  return ownerFields(model)
    .filter((owner) => !owner.declared)
    .map((owner) => inputValue(owner.name, namedType('ModelStringInput')));
}

/**
 * `Model<M>ConditionInput`: the filter without `id` and the primary-key fields, with the added
 * timestamps moved after `not`.
 */
export function modelConditionInput(
  ir: SchemaIR,
  model: ModelIR,
  needs: SchemaNeeds,
): InputObjectTypeDefinitionNode {
  const name = model.typeNames.conditionInput;
  const keys = new Set(['id', model.primaryKey.partitionKey, ...model.primaryKey.sortKeys]);
  const own = filterable(ir, model, model.fields).filter(
    (f) => f.field.origin !== 'implicitForeignKey' && !keys.has(f.field.name),
  );
  const timestamps = own.filter((f) => f.field.origin === 'timestamp');
  return inputType(name, [
    ...own
      .filter((f) => f.field.origin !== 'timestamp')
      .map((f) => filterField(f.field.name, f.type, needs)),
    ...combinators(name, true),
    ...timestamps.map((f) => filterField(f.field.name, f.type, needs)),
    ...implicitForeignKeys(ir, model).map((f) => filterField(f.field.name, f.type, needs)),
    ...addedOwnerFilters(model),
  ]);
}

const DIRECTIVE_ORDER: readonly RelationIR['kind'][] = [
  'hasMany',
  'hasOne',
  'belongsTo',
  'manyToMany',
];

/**
 * The implicit FKs whose directive `model` declares, wherever they live: the transformer adds
 * them to the declaring model's subscription filter (§1.2), hasMany before hasOne before
 * belongsTo, the order its relational transformers run in.
 */
function declaredForeignKeys(ir: SchemaIR, model: ModelIR): FilterableField[] {
  const found = schemaLookup(ir)
    .declaredForeignKeys(model.name)
    .flatMap(({ holder, field }) => filterable(ir, holder, [field]))
    .map((key) => {
      const relation = model.fields.find((f) => f.name === key.field.foreignKeyOf?.field)?.relation;
      const order =
        relation === undefined ? DIRECTIVE_ORDER.length : DIRECTIVE_ORDER.indexOf(relation.kind);
      return { order, key };
    });
  return found.sort((a, b) => a.order - b.order).map((f) => f.key);
}

/**
 * `ModelSubscription<M>FilterInput`: the filter's fields, `and`/`or` (no `not`), declared FKs,
 * then the owner fields of `@auth` rules, declared or not, as `ModelStringInput`.
 */
export function modelSubscriptionFilterInput(
  ir: SchemaIR,
  model: ModelIR,
): InputObjectTypeDefinitionNode {
  const name = model.typeNames.subscriptionFilterInput;
  const owners = ownerFields(model).map((owner) => owner.name);
  return inputType(name, [
    ...typeOrderFields(ir, model)
      .filter((f) => !owners.includes(f.name))
      .map((f) => inputValue(f.name, namedType(subscriptionFilterInputName(f.type)))),
    ...combinators(name, false),
    ...declaredForeignKeys(ir, model).map((f) =>
      inputValue(f.field.name, namedType(subscriptionFilterInputName(f.type))),
    ),
    ...owners.map((owner) => inputValue(owner, namedType('ModelStringInput'))),
  ]);
}
