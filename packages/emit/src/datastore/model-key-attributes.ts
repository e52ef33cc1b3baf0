import type { ModelIR } from '@uibuilder-codegen/transform';
import { primaryKeyFields } from './field-association.js';
import type { DataStoreKeyAttribute } from './introspection-schema-types.js';

interface KeyCandidate {
  readonly name: string;
  readonly queryField?: string | undefined;
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
 * parents whose hasMany fields point at it.
 */
export function modelKeyAttributes(
  model: ModelIR,
  parents: readonly ParentRelation[],
): DataStoreKeyAttribute[] {
  const keys: DataStoreKeyAttribute[] = [];
  if (model.primaryKey.isCustom) {
    keys.push({ type: 'key', properties: { fields: primaryKeyFields(model) } });
  }
  return [...keys, ...secondaryKeys(model, parents)];
}

/** A parent's hasMany field whose foreign keys live on the model being keyed. */
export interface ParentRelation {
  readonly parentModel: string;
  readonly field: string;
  readonly foreignKeys: readonly string[];
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
  // The model SDL's @index directives are the keys exactly; only the implicit hasMany keys and a
  // join model's (which the SDL does not spell out) are still derived.
  for (const index of model.indexes ?? []) {
    const fields = [index.partitionKey, ...index.sortKeys];
    add({ name: index.name, queryField: index.queryField, fields });
  }
  for (const parent of parents) {
    const implicit = parent.foreignKeys.every(
      (name) => model.fields.find((field) => field.name === name)?.origin === 'implicitForeignKey',
    );
    if (!implicit && model.indexes !== undefined) continue;
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
  for (const index of model.indexes === undefined ? model.indexQueries : []) {
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
    .map(({ candidate }) => ({
      type: 'key' as const,
      // AWS's order: name, queryField, fields.
      properties: {
        name: candidate.name,
        ...(candidate.queryField === undefined ? {} : { queryField: candidate.queryField }),
        fields: [...candidate.fields],
      },
    }));
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
