/**
 * Where a relationship's foreign keys live and what they are called, read from the job the way
 * DESIGN.md §2 and APPSYNC-CONVENTIONS.md §0/§1.2 describe. Shared by the passes that add implicit
 * fields and that resolve relations, so both agree.
 */
import { implicitForeignKeyName, lowerFirst, upperFirst } from './names.js';
import type { RawField, RawIndex, RawModel } from './raw-schema.js';
import { referencedBelongsTo } from './references-form.js';

/** The foreign keys of one relationship field. */
export interface ForeignKeyPlan {
  /** The model whose fields hold the keys. */
  readonly holder: string;
  /** The model whose primary key they hold, field by field. */
  readonly keyOwner: string;
  readonly names: readonly string[];
  /** For each name, the JSON pointer of what names it (or of the relationship, for derived names). */
  readonly paths: readonly string[];
  /** True when the names were derived with the transformer's implicit naming (the job names none). */
  readonly derived: boolean;
}

function derive(
  holder: string,
  keyOwner: RawModel,
  model: string,
  field: RawField,
  path: string,
): ForeignKeyPlan {
  const names = keyOwner.primaryKeys.map((k) => implicitForeignKeyName(model, field.name, k));
  return { holder, keyOwner: keyOwner.name, names, paths: names.map(() => path), derived: true };
}

function listed(
  holder: string,
  keyOwner: string,
  names: readonly string[],
  path: string,
): ForeignKeyPlan {
  return { holder, keyOwner, names, paths: names.map((_, i) => `${path}/${i}`), derived: false };
}

/** The hasMany (not many-to-many) field of `parent` that names `child.field` as its belongsTo. */
export function pairedHasMany(
  parent: RawModel,
  child: string,
  belongsToField: string,
): RawField | undefined {
  return parent.fields.find(
    (f) =>
      f.relationship?.type === 'HAS_MANY' &&
      f.relationship.relatedJoinTableName === undefined &&
      f.relationship.relatedModelName === child &&
      f.relationship.belongsToFieldOnRelatedModel === belongsToField,
  );
}

/**
 * The foreign-key plan of relationship field `field` of `model`, or `undefined` for fields whose
 * keys are planned elsewhere (a many-to-many's keys belong to the join model's belongsTo fields)
 * or that reference a model that does not exist.
 */
export function foreignKeyPlan(
  model: RawModel,
  field: RawField,
  raw: RawIndex,
): ForeignKeyPlan | undefined {
  const r = field.relationship;
  if (r === undefined || field.dataType !== 'Model') return undefined;
  const related = raw.model(r.relatedModelName);
  if (related === undefined) return undefined;
  if (r.type === 'HAS_MANY') {
    if (r.relatedJoinTableName !== undefined) return undefined;
    if (r.relatedModelFields.length > 0)
      return listed(related.name, model.name, r.relatedModelFields, `${r.path}/relatedModelFields`);
    const belongsTo =
      r.belongsToFieldOnRelatedModel === undefined
        ? undefined
        : raw.field(related.name, r.belongsToFieldOnRelatedModel);
    const keys = belongsTo?.relationship?.associatedFields;
    if (belongsTo !== undefined && keys !== undefined && keys.length > 0) {
      return listed(
        related.name,
        model.name,
        keys,
        `${belongsTo.relationship?.path ?? belongsTo.path}/associatedFields`,
      );
    }
    return derive(related.name, model, model.name, field, r.path);
  }
  if (r.associatedFields !== undefined && r.associatedFields.length > 0) {
    return listed(model.name, related.name, r.associatedFields, `${r.path}/associatedFields`);
  }
  if (r.type === 'HAS_ONE') {
    // A references hasOne keeps no key of its own: the related model's belongsTo holds it.
    const belongsTo = referencedBelongsTo(model, field, raw);
    const keys = belongsTo?.relationship?.associatedFields;
    if (belongsTo !== undefined && keys !== undefined) {
      return listed(
        related.name,
        model.name,
        keys,
        `${belongsTo.relationship?.path ?? belongsTo.path}/associatedFields`,
      );
    }
  }
  if (r.type === 'BELONGS_TO' && model.isJoinTable) {
    // §1.12: a join model's keys are lowerFirst(Related) + upperFirst(pk), then + sk verbatim.
    const names = related.primaryKeys.map(
      (k, i) => lowerFirst(related.name) + (i === 0 ? upperFirst(k) : k),
    );
    return {
      holder: model.name,
      keyOwner: related.name,
      names,
      paths: names.map(() => r.path),
      derived: true,
    };
  }
  if (r.type === 'BELONGS_TO') {
    const parentField = pairedHasMany(related, model.name, field.name);
    const parentKeys = parentField?.relationship?.relatedModelFields ?? [];
    if (parentField !== undefined && parentKeys.length > 0) {
      return listed(
        model.name,
        related.name,
        parentKeys,
        `${parentField.relationship?.path ?? parentField.path}/relatedModelFields`,
      );
    }
  }
  return derive(model.name, related, model.name, field, r.path);
}

/** True when every key name is the one the transformer gives an implicit foreign key (§1.2). */
export function isImplicitlyNamed(
  plan: ForeignKeyPlan,
  relationModel: string,
  relationField: string,
  keyFields: readonly string[],
): boolean {
  return (
    plan.names.length > 0 &&
    plan.names.length === keyFields.length &&
    plan.names.every(
      (n, i) => n === implicitForeignKeyName(relationModel, relationField, keyFields[i] ?? ''),
    )
  );
}
