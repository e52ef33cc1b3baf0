/**
 * The `references` form of relationships (`@hasMany(references: [...])`, `@hasOne(references:
 * [...])` opposite `@belongsTo(references: [...])`), which Amplify Gen 2 writes and the transformer
 * has deployed since 2024: the keys are the child's own fields, the parent gets no implicit foreign
 * key and the API no index query (fixtures/real/references-*). Gen 1's implicit bidirectional
 * `@hasMany` + `@belongsTo` has the same shape in the job (the implicit key on both sides,
 * `blogPostsId` in fixtures/real/gen1-docs) and the same API, so it is read the same way.
 */
import type { RawField, RawIndex, RawModel } from './raw-schema.js';

const sameNames = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((name, i) => name === b[i]);

/** `related`'s belongsTo fields that point at `model` and name their keys. */
function belongsToFieldsOf(related: RawModel, model: string): RawField[] {
  return related.fields.filter(
    (f) =>
      f.dataType === 'Model' &&
      f.relationship?.type === 'BELONGS_TO' &&
      f.relationship.relatedModelName === model &&
      (f.relationship.associatedFields?.length ?? 0) > 0,
  );
}

/**
 * The related model's belongsTo field that a `references`-style relationship shares its keys with
 * (`@hasMany(references: ["teamId"])` / `@hasOne(references: ["customerId"])` opposite
 * `@belongsTo(references: [...])`, the form Amplify Gen 2 writes), or `undefined` for any other
 * form. The job tells the forms apart: a references hasMany's `relatedModelFields` equal its
 * belongsTo's `associatedFields` (Gen 1's `fields:` form has `[]` there), and a references hasOne
 * has no `associatedFields` of its own (Gen 1's has its implicit key there). The job's
 * `belongsToFieldOnRelatedModel` is preferred, but not trusted: codegen-ui names the first
 * belongsTo back for every hasMany between two models (`Person.editedPosts` gets `author`).
 */
export function referencedBelongsTo(
  model: RawModel,
  field: RawField,
  raw: RawIndex,
): RawField | undefined {
  const r = field.relationship;
  if (r === undefined || field.dataType !== 'Model' || r.type === 'BELONGS_TO') return undefined;
  const related = raw.model(r.relatedModelName);
  if (related === undefined) return undefined;
  const candidates = belongsToFieldsOf(related, model.name);
  if (r.type === 'HAS_MANY') {
    if (r.relatedJoinTableName !== undefined || r.relatedModelFields.length === 0) return undefined;
    const matching = candidates.filter((f) =>
      sameNames(f.relationship?.associatedFields ?? [], r.relatedModelFields),
    );
    return matching.find((f) => f.name === r.belongsToFieldOnRelatedModel) ?? matching[0];
  }
  if ((r.associatedFields?.length ?? 0) > 0) return undefined;
  // A hasOne's belongsTo is the first one back that no references hasMany of `model` uses.
  const usedByHasMany = new Set(
    model.fields.flatMap((f) => {
      const b =
        f.relationship?.type === 'HAS_MANY' ? referencedBelongsTo(model, f, raw) : undefined;
      return b === undefined || f.relationship?.relatedModelName !== related.name ? [] : [b.name];
    }),
  );
  return candidates.find((f) => !usedByHasMany.has(f.name));
}
