import type { ModelIR } from '@uibuilder-codegen/transform';
import { primaryKeyFields } from './field-association.js';
import type { DataStoreKeyAttribute } from './introspection-schema-types.js';

interface KeyCandidate {
  readonly name: string;
  readonly queryField?: string | null | undefined;
  readonly fields: readonly string[];
}

/**
 * A model's `key` attributes: the primary key first (only when it is not the default `id`: DataStore
 * reads the first key attribute as the primary key when it has no `name`), then one named secondary
 * key per foreign-key index the job implies, in the order of their first field.
 *
 * The job keeps no index names, so they are rebuilt the way the Amplify transformer names them:
 * `gsi-<Parent>.<field>` for an implicit hasMany foreign key, `by<Parent>` for a declared foreign
 * key or a join model's (the name `@manyToMany` itself uses). `parents` lists, for this model, the
 * parents whose hasMany fields point at it. With the model SDL the keys are its own (see
 * `modelSchemaKeys`).
 */
export function modelKeyAttributes(
  model: ModelIR,
  parents: readonly ParentRelation[],
): DataStoreKeyAttribute[] {
  const keys: DataStoreKeyAttribute[] = [];
  if (model.primaryKey.isCustom) {
    keys.push({ type: 'key', properties: { fields: primaryKeyFields(model) } });
  }
  const secondary =
    model.indexes === undefined
      ? secondaryKeys(model, parents)
      : modelSchemaKeys(model.indexes, parents).map(keyAttribute);
  return [...keys, ...secondary];
}

/** A parent's hasMany field whose foreign keys live on the model being keyed. */
export interface ParentRelation {
  readonly parentModel: string;
  readonly field: string;
  readonly foreignKeys: readonly string[];
  /** The hasMany names its index (`@hasMany(indexName:)`, known from the model SDL). */
  readonly namesIndex: boolean;
  /** The model being keyed has a belongsTo field that points back at the parent. */
  readonly belongsTo: boolean;
}

/**
 * With the model SDL, the keys in modelgen's order: each `@index` in field order, then a
 * `gsi-<Parent>.<field>` key for each parent hasMany that names no index and has no belongsTo on
 * this side (modelgen adds it even when the foreign key is declared).
 */
function modelSchemaKeys(
  indexes: NonNullable<ModelIR['indexes']>,
  parents: readonly ParentRelation[],
): KeyCandidate[] {
  const keys: KeyCandidate[] = indexes.map((index) => ({
    name: index.name,
    queryField: index.queryField,
    fields: [index.partitionKey, ...index.sortKeys],
  }));
  for (const parent of parents) {
    const name = `gsi-${parent.parentModel}.${parent.field}`;
    if (parent.namesIndex || parent.belongsTo || keys.some((key) => key.name === name)) continue;
    keys.push({ name, fields: parent.foreignKeys });
  }
  return keys;
}

function keyAttribute(candidate: KeyCandidate): DataStoreKeyAttribute {
  return {
    type: 'key',
    // AWS's order: name, queryField, fields.
    properties: {
      name: candidate.name,
      ...(candidate.queryField === undefined ? {} : { queryField: candidate.queryField }),
      fields: [...candidate.fields],
    },
  };
}

function secondaryKeys(
  model: ModelIR,
  parents: readonly ParentRelation[],
): DataStoreKeyAttribute[] {
  const candidates: KeyCandidate[] = [];
  const primary = primaryKeyFields(model);
  const add = (candidate: KeyCandidate): void => {
    // A prefix of the primary key is served by the primary index (a hasMany on a composite key).
    if (candidate.fields.length === 0 || isPrefixOf(candidate.fields, primary)) return;
    const id = candidate.fields.join('\u0000');
    if (!candidates.some((c) => c.fields.join('\u0000') === id)) candidates.push(candidate);
  };
  for (const parent of parents) {
    const implicit = parent.foreignKeys.every(
      (name) => model.fields.find((field) => field.name === name)?.origin === 'implicitForeignKey',
    );
    add({
      name: implicit ? `gsi-${parent.parentModel}.${parent.field}` : `by${parent.parentModel}`,
      fields: parent.foreignKeys,
    });
  }
  if (model.isJoinTable) {
    for (const field of model.fields) {
      if (field.relation?.kind === 'belongsTo') {
        add({
          name: `by${field.relation.relatedModel}`,
          fields: field.relation.foreignKeys,
        });
      }
    }
  }
  for (const index of model.indexQueries) {
    const fields = [index.partitionKey, ...index.sortKeys];
    add({ name: indexName(model, index.partitionKey), fields });
  }
  const position = (name: string): number => model.fields.findIndex((field) => field.name === name);
  return candidates
    .map((candidate, order) => ({ candidate, order }))
    .sort(
      (a, b) =>
        position(a.candidate.fields[0]!) - position(b.candidate.fields[0]!) || a.order - b.order,
    )
    .map(({ candidate }) => keyAttribute(candidate));
}

function isPrefixOf(fields: readonly string[], key: readonly string[]): boolean {
  return fields.length <= key.length && fields.every((name, index) => key[index] === name);
}

/**
 * `by<Parent>` when the partition key is a foreign key (of a parent's hasMany, or of this model's
 * belongsTo/hasOne), else `by<PartitionKey>`.
 */
function indexName(model: ModelIR, partitionKey: string): string {
  const owner = model.fields.find((field) => field.name === partitionKey)?.foreignKeyOf;
  if (owner !== undefined && owner.model !== model.name) return `by${owner.model}`;
  const relation =
    owner === undefined
      ? undefined
      : model.fields.find((field) => field.name === owner.field)?.relation;
  return relation === undefined
    ? `by${partitionKey.charAt(0).toUpperCase()}${partitionKey.slice(1)}`
    : `by${relation.relatedModel}`;
}
