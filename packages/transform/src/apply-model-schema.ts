/**
 * `applyModelSchema`: makes the IR exact where the model SDL knows more than the job (issue 15):
 * each model's `@index` directives (names, sort keys, query fields) replace the index queries
 * guessed from relationships, and list fields learn whether the list itself may be null. Join
 * models of `@manyToMany` are not in the SDL and keep what the job implies. A model of the job that
 * the SDL lacks, or whose `@primaryKey` is not the job's key, is a warning: the job and the SDL
 * are from different versions of the API.
 */
import type { Diagnostic } from './diagnostics.js';
import type { IndexQueryIR, ModelIR, SchemaIR } from './ir.js';
import type { ModelSchemaFacts } from './model-schema-facts.js';

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
        diagnostics.push({
          severity: 'warning',
          code: 'ModelMissingFromModelSchema',
          path: model.path,
          message: `The model SDL ${facts.source} has no @model type ${model.name}`,
          hint: 'Give the model SDL of the API this job belongs to, or regenerate the job.',
        });
      return model;
    }
    const key = known.primaryKey ?? { partitionKey: 'id', sortKeys: [] };
    const ours = [model.primaryKey.partitionKey, ...model.primaryKey.sortKeys].join(', ');
    const theirs = [key.partitionKey, ...key.sortKeys].join(', ');
    if (ours !== theirs)
      diagnostics.push({
        severity: 'warning',
        code: 'PrimaryKeyDisagreesWithModelSchema',
        path: `${model.path}/primaryKeys`,
        message: `${model.name}'s primary key is [${ours}] in the job but [${theirs}] in the model SDL ${facts.source}`,
        hint: 'The job and the model SDL are from different versions of the API: regenerate the job, or give the matching SDL.',
      });
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
