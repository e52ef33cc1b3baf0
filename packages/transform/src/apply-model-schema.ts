/**
 * `applyModelSchema`: makes the IR exact where the model SDL knows more than the job (issue 15):
 * each model's `@index` directives (names, sort keys, query fields) replace the index queries
 * guessed from relationships, and list fields learn whether the list itself may be null. Join
 * models of `@manyToMany` are not in the SDL and keep what the job implies. A model of the job that
 * the SDL lacks, or whose `@primaryKey` is not the job's key, is a warning: the job and the SDL
 * are from different versions of the API.
 */
import { diagnostic } from '@uibuilder-codegen/core';
import type { Diagnostic, ModelSchemaFacts } from '@uibuilder-codegen/core';
import type { IndexQueryIR, ModelIR, SchemaIR } from './ir.js';

/** `ir` with `facts` applied (before `buildOperations`, which names the index queries). */
export function applyModelSchema(
  ir: SchemaIR,
  facts: ModelSchemaFacts,
): { ir: SchemaIR; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const models = ir.models.map((model): ModelIR => {
    const known = Object.hasOwn(facts.models, model.name) ? facts.models[model.name] : undefined;
    if (known === undefined) {
      if (!model.isJoinTable)
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
    const indexQueries: IndexQueryIR[] = known.indexes.flatMap((index) =>
      index.queryField === undefined
        ? []
        : [
            {
              fieldName: index.queryField,
              partitionKey: index.partitionKey,
              sortKeys: index.sortKeys,
            },
          ],
    );
    const fields = model.fields.map((field) => {
      const nullable = known.listNullable[field.name];
      return field.isArray && nullable !== undefined
        ? { ...field, isArrayNullable: nullable }
        : field;
    });
    return { ...model, fields, indexQueries, indexes: known.indexes };
  });
  return { ir: { ...ir, models }, diagnostics };
}
