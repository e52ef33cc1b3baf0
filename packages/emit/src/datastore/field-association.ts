import type { FieldIR, ModelIR, RelationIR } from '@uibuilder-codegen/transform';
import type { DataStoreAssociation } from './introspection-schema-types.js';

/**
 * The `association` of a relationship field, as DataStore reads it (its `ModelRelationship`):
 * - hasMany: `associatedWith` names the child's belongsTo field when that field holds exactly the
 *   hasMany's foreign keys (DataStore then joins on its `targetNames`, as current modelgen writes
 *   it), else the child's foreign-key fields; for the `references:` form always the key fields;
 * - manyToMany: a hasMany on the join model, `associatedWith` its field pointing back here;
 * - hasOne: `associatedWith` the related model's key, `targetNames` this model's foreign keys; for
 *   the `references:` form `associatedWith` the related model's keys that point back, and no
 *   `targetNames` (fixtures/real/references-*);
 * - belongsTo: `targetNames` this model's foreign keys.
 * `modelsByName` resolves the related model (the IR has no dangling references).
 */
export function fieldAssociation(
  relation: RelationIR,
  modelsByName: ReadonlyMap<string, ModelIR>,
): DataStoreAssociation {
  switch (relation.kind) {
    case 'hasMany':
      return {
        connectionType: 'HAS_MANY',
        associatedWith: hasManyAssociatedWith(relation, modelsByName.get(relation.relatedModel)),
      };
    case 'manyToMany':
      return { connectionType: 'HAS_MANY', associatedWith: [relation.joinField] };
    case 'hasOne': {
      // A references hasOne names the related model's keys, which point back here (modelgen's form).
      if (relation.viaReferences)
        return { connectionType: 'HAS_ONE', associatedWith: [...relation.foreignKeys] };
      const related = modelsByName.get(relation.relatedModel);
      return {
        connectionType: 'HAS_ONE',
        associatedWith: related === undefined ? ['id'] : primaryKeyFields(related),
        targetNames: [...relation.foreignKeys],
      };
    }
    case 'belongsTo':
      return { connectionType: 'BELONGS_TO', targetNames: [...relation.foreignKeys] };
  }
}

/** The model a relationship field's `type` names: the join model for manyToMany. */
export function associatedModelName(relation: RelationIR): string {
  return relation.kind === 'manyToMany' ? relation.joinModel : relation.relatedModel;
}

/** Partition key, then sort keys. */
export function primaryKeyFields(model: ModelIR): string[] {
  return [model.primaryKey.partitionKey, ...model.primaryKey.sortKeys];
}

function hasManyAssociatedWith(
  relation: Extract<RelationIR, { kind: 'hasMany' }>,
  child: ModelIR | undefined,
): string[] {
  if (relation.viaReferences) return [...relation.foreignKeys];
  const inverse = findField(child, relation.inverseField);
  if (
    inverse?.relation?.kind === 'belongsTo' &&
    sameFields(inverse.relation.foreignKeys, relation.foreignKeys)
  ) {
    return [inverse.name];
  }
  if (relation.foreignKeys.length > 0) return [...relation.foreignKeys];
  // No foreign keys resolved: DataStore can still join through the inverse field.
  return inverse === undefined ? [] : [inverse.name];
}

function findField(model: ModelIR | undefined, name: string | undefined): FieldIR | undefined {
  if (model === undefined || name === undefined) return undefined;
  return model.fields.find((field) => field.name === name);
}

function sameFields(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((name, index) => name === b[index]);
}
