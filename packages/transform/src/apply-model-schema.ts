/**
 * `applyModelSchema`: makes the IR exact where the model SDL knows more than the job (issue 15):
 * each model's `@index` directives (names, sort keys, query fields) replace the index queries
 * guessed from relationships, list fields learn whether the list itself may be null, hasMany
 * fields their `indexName`, and the model its `@model` arguments and `@auth` rules; non-models'
 * list fields learn their list nullability too. Join
 * models of `@manyToMany` are not in the SDL and keep what the job implies. A model of the job that
 * the SDL lacks, or whose `@primaryKey` is not the job's key, is a warning: the job and the SDL
 * are from different versions of the API.
 */
import { diagnostic } from '@uibuilder-codegen/core';
import type { Diagnostic, ModelFacts, ModelSchemaFacts } from '@uibuilder-codegen/core';
import type {
  FieldIR,
  IndexQueryIR,
  ModelIR,
  NonModelIR,
  SchemaIR,
  SecondaryIndexIR,
} from './ir.js';
import { indexQueryName, pluralName } from './names.js';

/** `ir` with `facts` applied (before `buildOperations`, which names the index queries). */
export function applyModelSchema(
  ir: SchemaIR,
  facts: ModelSchemaFacts,
): { ir: SchemaIR; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const models = ir.models.map((model): ModelIR => {
    const known = Object.hasOwn(facts.models, model.name) ? facts.models[model.name] : undefined;
    if (known === undefined) {
      if (model.isJoinTable) return withJoinedAuth(model, facts);
      diagnostics.push(
        diagnostic('ModelMissingFromModelSchema', model.path, {
          model: model.name,
          source: facts.source,
        }),
      );
      return model;
    }
    const key = known.primaryKey ?? { partitionKey: 'id', sortKeys: [] };
    const ours = [model.primaryKey.partitionKey, ...model.primaryKey.sortKeys].join(', ');
    const theirs = [key.partitionKey, ...key.sortKeys].join(', ');
    if (ours !== theirs)
      diagnostics.push(
        diagnostic('PrimaryKeyDisagreesWithModelSchema', `${model.path}/primaryKeys`, {
          model: model.name,
          jobKey: ours,
          sdlKey: theirs,
          source: facts.source,
        }),
      );
    const indexes = known.indexes.map((index): SecondaryIndexIR => ({
      ...index,
      name: index.name ?? defaultIndexName(model.name, index),
    }));
    // The transformer's default parameters (enableAutoIndexQueryNames) give an @index without a
    // queryField the query its default name; `queryField: null` has none.
    const indexQueries = known.indexes.flatMap((index): IndexQueryIR[] =>
      index.queryField === null
        ? []
        : [
            {
              fieldName: index.queryField ?? defaultIndexName(model.name, index),
              partitionKey: index.partitionKey,
              sortKeys: index.sortKeys,
            },
          ],
    );
    return {
      ...model,
      fields: model.fields.map((field) => withFieldFacts(field, known, facts)),
      indexQueries,
      indexes,
      modelArguments: known.modelArguments ?? {},
      ...(known.auth === undefined ? {} : { auth: known.auth }),
    };
  });
  return {
    ir: { ...ir, models, nonModels: ir.nonModels.map((n) => withNonModelFacts(n, facts)) },
    diagnostics,
  };
}

/** A non-model whose list fields take the SDL's list nullability (`SearchResult.shops: [Shop!]!`). */
function withNonModelFacts(nonModel: NonModelIR, facts: ModelSchemaFacts): NonModelIR {
  const known = facts.nonModels;
  if (known === undefined || !Object.hasOwn(known, nonModel.name)) return nonModel;
  const listNullable = known[nonModel.name]?.listNullable ?? {};
  return { ...nonModel, fields: nonModel.fields.map((f) => withListNullability(f, listNullable)) };
}

/** A list field with whether the list itself may be null, when the SDL says. */
function withListNullability(
  field: FieldIR,
  listNullable: Readonly<Record<string, boolean>>,
): FieldIR {
  const nullable = Object.hasOwn(listNullable, field.name) ? listNullable[field.name] : undefined;
  return field.isArray && nullable !== undefined ? { ...field, isArrayNullable: nullable } : field;
}

/** The transformer's (and modelgen's) name for an `@index` without `name` or `queryField`. */
function defaultIndexName(
  model: string,
  index: { readonly partitionKey: string; readonly sortKeys: readonly string[] },
): string {
  return indexQueryName(pluralName(model), [index.partitionKey, ...index.sortKeys]);
}

/**
 * A field with the list nullability and `@hasMany(indexName:)` the SDL gives it; a hasMany over
 * an index with sort keys takes them as its key-condition argument (`Post.comments(content:
 * ModelStringKeyConditionInput, …)`, §1.3), as the transformer gives it.
 */
function withFieldFacts(field: FieldIR, known: ModelFacts, facts: ModelSchemaFacts): FieldIR {
  const listed = withListNullability(field, known.listNullable);
  const indexName = known.hasManyIndexNames?.[field.name];
  if (listed.relation?.kind !== 'hasMany' || indexName === undefined) return listed;
  const child = listed.relation.relatedModel;
  const childFacts = Object.hasOwn(facts.models, child) ? facts.models[child] : undefined;
  const index = childFacts?.indexes.find((i) => i.name === indexName);
  const keyConditionFields = index?.sortKeys ?? listed.relation.keyConditionFields;
  return { ...listed, relation: { ...listed.relation, indexName, keyConditionFields } };
}

/**
 * A `@manyToMany` join model, which the SDL does not declare: it takes the `@auth` directives of
 * both sides, each once (as modelgen builds it).
 */
function withJoinedAuth(model: ModelIR, facts: ModelSchemaFacts): ModelIR {
  const sides = model.fields.flatMap((field) =>
    field.relation?.kind === 'belongsTo' && Object.hasOwn(facts.models, field.relation.relatedModel)
      ? (facts.models[field.relation.relatedModel]?.auth ?? [])
      : [],
  );
  const texts = sides.map((rules) => JSON.stringify(rules));
  const auth = sides.filter((_, index) => texts.indexOf(texts[index] ?? '') === index);
  return auth.length === 0 ? model : { ...model, auth };
}
