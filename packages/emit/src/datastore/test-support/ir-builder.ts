import { model as sharedModel, renderConfig } from '../../test-support/ir-builders.js';
/**
 * Small builders for hand-written IR in tests: only what the DataStore generator reads is
 * meaningful; the rest (type names, operations) gets plain values.
 */
import type {
  EnumIR,
  FieldIR,
  FieldTypeIR,
  ModelIR,
  NonModelIR,
  RelationIR,
  SchemaIR,
} from '@uibuilder-codegen/transform';
import type { ScalarTypeName } from '@uibuilder-codegen/core';

interface FieldOptions {
  readonly required?: boolean;
  readonly isArray?: boolean;
  readonly readOnly?: boolean;
  readonly origin?: FieldIR['origin'];
  readonly foreignKeyOf?: FieldIR['foreignKeyOf'];
}

/** A scalar field. */
export function scalarField(
  name: string,
  type: ScalarTypeName,
  options: FieldOptions = {},
): FieldIR {
  return field(name, { kind: 'scalar', name: type }, undefined, options);
}

/** An enum or non-model field. */
export function namedField(
  name: string,
  kind: 'enum' | 'nonModel',
  typeName: string,
  options: FieldOptions = {},
): FieldIR {
  return field(name, { kind, name: typeName }, undefined, options);
}

/** A relationship field; its type is the related model (the join model for manyToMany). */
export function relationField(
  name: string,
  relation: RelationIR,
  options: FieldOptions = {},
): FieldIR {
  const isArray = relation.kind === 'hasMany' || relation.kind === 'manyToMany';
  const typeName = relation.kind === 'manyToMany' ? relation.joinModel : relation.relatedModel;
  return field(name, { kind: 'model', name: typeName }, relation, { isArray, ...options });
}

/** `createdAt` and `updatedAt` as the transformer adds them. */
export function timestampFields(): FieldIR[] {
  return ['createdAt', 'updatedAt'].map((name) =>
    scalarField(name, 'AWSDateTime', { readOnly: true, origin: 'timestamp' }),
  );
}

/** A model; `primaryKeys` defaults to `['id']` (not custom). */
export function model(
  name: string,
  fields: readonly FieldIR[],
  options: { primaryKeys?: readonly string[]; isJoinTable?: boolean } = {},
): ModelIR {
  const [partitionKey = 'id', ...sortKeys] = options.primaryKeys ?? ['id'];
  const built = sharedModel(name, `${name}s`, fields, {
    partitionKey,
    sortKeys,
    ...(options.isJoinTable === undefined ? {} : { isJoinTable: options.isJoinTable }),
  });
  // Here a key given explicitly counts as custom, even `['id']`.
  return {
    ...built,
    primaryKey: { ...built.primaryKey, isCustom: options.primaryKeys !== undefined },
  };
}

export { enumType, nonModel } from '../../test-support/ir-builders.js';

/** A schema with a DataStore render config. */
export function schema(parts: {
  models: readonly ModelIR[];
  enums?: readonly EnumIR[];
  nonModels?: readonly NonModelIR[];
}): SchemaIR {
  return {
    jobId: 'test-job',
    models: parts.models,
    enums: parts.enums ?? [],
    nonModels: parts.nonModels ?? [],
    operations: [],
    assumptions: [],
    render: renderConfig({ script: 'jsx', apiConfiguration: { dataStoreConfig: {} } }),
    features: { relationships: true, nonModels: true },
    dependencies: [],
  };
}

function field(
  name: string,
  type: FieldTypeIR,
  relation: RelationIR | undefined,
  options: FieldOptions,
): FieldIR {
  return {
    name,
    type,
    isArray: options.isArray ?? false,
    required: options.required ?? false,
    readOnly: options.readOnly ?? false,
    origin: options.origin ?? 'declared',
    relation,
    foreignKeyOf: options.foreignKeyOf,
    path: `/genericDataSchema/fields/${name}`,
  };
}
