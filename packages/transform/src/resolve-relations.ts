/**
 * `resolveRelations`: turns every relationship field into a `hasMany | hasOne | belongsTo |
 * manyToMany` relation with its foreign keys, join model and inverse field, and marks the
 * foreign-key scalars with the relationship that uses them (DESIGN.md §2,
 * APPSYNC-CONVENTIONS.md §0, §1.3, §1.12).
 */
import { diagnostic } from '@uibuilder-codegen/core';
import type { Diagnostic } from '@uibuilder-codegen/core';
import { foreignKeyPlan, isImplicitlyNamed, pairedHasMany } from './foreign-keys.js';
import { referencedBelongsTo } from './references-form.js';
import type { FieldIR, ModelIR, RelationIR } from './ir.js';
import type { Pass } from './pass.js';
import type { RawField, RawIndex, RawModel, RawRelationship } from './raw-schema.js';

const isModelField = (f: RawField): boolean =>
  f.dataType === 'Model' && f.relationship !== undefined;

/** The join model's field that points back at the side declaring a many-to-many. */
const joinFieldOf = (r: RawRelationship): string | undefined =>
  r.relatedModelFields[0] ?? r.belongsToFieldOnRelatedModel;

function manyToMany(
  model: RawModel,
  field: RawField,
  r: RawRelationship,
  raw: RawIndex,
  diagnostics: Diagnostic[],
): RelationIR | undefined {
  const owner = `${model.name}.${field.name}`;
  const joinName = r.relatedJoinTableName ?? '';
  const join = raw.model(joinName);
  if (join === undefined) {
    diagnostics.push(
      diagnostic('DanglingJoinModel', `${r.path}/relatedJoinTableName`, { owner, name: joinName }),
    );
    return undefined;
  }
  const joinField = joinFieldOf(r);
  const otherJoinField = r.relatedJoinFieldName;
  const isBelongsTo = (name: string | undefined): boolean => {
    const f = name === undefined ? undefined : raw.field(join.name, name);
    return f !== undefined && isModelField(f) && f.relationship?.type === 'BELONGS_TO';
  };
  if (!isBelongsTo(joinField)) {
    const at =
      r.relatedModelFields.length > 0
        ? `${r.path}/relatedModelFields/0`
        : `${r.path}/belongsToFieldOnRelatedModel`;
    diagnostics.push(
      diagnostic('DanglingJoinField', at, { owner, joinModel: join.name, name: joinField ?? '' }),
    );
    return undefined;
  }
  if (!isBelongsTo(otherJoinField)) {
    diagnostics.push(
      diagnostic('DanglingJoinField', `${r.path}/relatedJoinFieldName`, {
        owner,
        joinModel: join.name,
        name: otherJoinField ?? '',
      }),
    );
    return undefined;
  }
  const joinRawField = raw.field(join.name, joinField ?? '') as RawField;
  const plan = foreignKeyPlan(join, joinRawField, raw);
  const inverse = raw
    .model(r.relatedModelName)
    ?.fields.find(
      (f) =>
        f.relationship?.relatedJoinTableName === join.name &&
        f.relationship.type === 'HAS_MANY' &&
        joinFieldOf(f.relationship) === otherJoinField,
    );
  return {
    kind: 'manyToMany',
    relatedModel: r.relatedModelName,
    joinModel: join.name,
    joinField: joinField ?? '',
    otherJoinField: otherJoinField ?? '',
    foreignKeys: plan?.names ?? [],
    inverseField: inverse?.name,
  };
}

function hasMany(
  model: RawModel,
  field: RawField,
  r: RawRelationship,
  raw: RawIndex,
  diagnostics: Diagnostic[],
): RelationIR {
  const child = raw.model(r.relatedModelName) as RawModel;
  const plan = foreignKeyPlan(model, field, raw);
  const foreignKeys = plan?.names ?? [];
  const referenced = referencedBelongsTo(model, field, raw);
  const belongsToName = referenced?.name ?? r.belongsToFieldOnRelatedModel;
  const belongsTo = belongsToName === undefined ? undefined : raw.field(child.name, belongsToName);
  const paired =
    belongsTo !== undefined &&
    belongsTo.relationship?.type === 'BELONGS_TO' &&
    belongsTo.relationship.relatedModelName === model.name;
  if (belongsToName !== undefined && !paired) {
    diagnostics.push(
      diagnostic('DanglingBelongsToField', `${r.path}/belongsToFieldOnRelatedModel`, {
        owner: `${model.name}.${field.name}`,
        related: child.name,
        name: belongsToName,
      }),
    );
  }
  // §1.3: a key-condition argument exists when one explicit key field is the child's partition key.
  const explicit =
    referenced === undefined &&
    plan !== undefined &&
    !plan.derived &&
    !isImplicitlyNamed(plan, model.name, field.name, model.primaryKeys);
  // The transformer's own key (a bare @hasMany), whether the child declares it or not.
  const implicitlyKeyed =
    referenced === undefined &&
    plan !== undefined &&
    (plan.derived || isImplicitlyNamed(plan, model.name, field.name, model.primaryKeys));
  const readsPrimaryKey =
    explicit && foreignKeys.length === 1 && foreignKeys[0] === child.primaryKeys[0];
  return {
    kind: 'hasMany',
    relatedModel: child.name,
    foreignKeys,
    inverseField: paired ? belongsToName : undefined,
    keyConditionFields: readsPrimaryKey ? child.primaryKeys.slice(1) : [],
    viaReferences: referenced !== undefined,
    ...(implicitlyKeyed ? { implicitKey: true } : {}),
  };
}

function inverseOfBelongsTo(
  model: RawModel,
  field: RawField,
  parent: RawModel,
  raw: RawIndex,
): string | undefined {
  const viaReferences = parent.fields.find(
    (f) =>
      f.relationship?.relatedModelName === model.name &&
      referencedBelongsTo(parent, f, raw)?.name === field.name,
  );
  if (viaReferences !== undefined) return viaReferences.name;
  const viaHasMany = pairedHasMany(parent, model.name, field.name);
  if (viaHasMany !== undefined) return viaHasMany.name;
  const viaJoin = parent.fields.find(
    (f) =>
      f.relationship?.type === 'HAS_MANY' &&
      f.relationship.relatedJoinTableName === model.name &&
      joinFieldOf(f.relationship) === field.name,
  );
  if (viaJoin !== undefined) return viaJoin.name;
  return parent.fields.find(
    (f) =>
      isModelField(f) &&
      f.relationship?.type === 'HAS_ONE' &&
      f.relationship.relatedModelName === model.name,
  )?.name;
}

function relationOf(
  model: RawModel,
  field: RawField,
  raw: RawIndex,
  diagnostics: Diagnostic[],
): RelationIR | undefined {
  const r = field.relationship;
  const related = r && raw.model(r.relatedModelName);
  if (r === undefined || related === undefined) return undefined;
  if (r.type === 'HAS_MANY') {
    return r.relatedJoinTableName !== undefined
      ? manyToMany(model, field, r, raw, diagnostics)
      : hasMany(model, field, r, raw, diagnostics);
  }
  const foreignKeys = foreignKeyPlan(model, field, raw)?.names ?? [];
  if (r.type === 'HAS_ONE') {
    const referenced = referencedBelongsTo(model, field, raw);
    const inverse =
      referenced ??
      related.fields.find(
        (f) =>
          isModelField(f) &&
          f.relationship?.type === 'BELONGS_TO' &&
          f.relationship.relatedModelName === model.name,
      );
    return {
      kind: 'hasOne',
      relatedModel: related.name,
      foreignKeys,
      inverseField: inverse?.name,
      viaReferences: referenced !== undefined,
    };
  }
  return {
    kind: 'belongsTo',
    relatedModel: related.name,
    foreignKeys,
    inverseField: inverseOfBelongsTo(model, field, related, raw),
  };
}

/** Where each relation's foreign keys live: on the child for hasMany, the join model for manyToMany. */
function keyHolder(model: string, relation: RelationIR): string {
  if (relation.kind === 'hasMany') return relation.relatedModel;
  if (relation.kind === 'hasOne' && relation.viaReferences) return relation.relatedModel;
  if (relation.kind === 'manyToMany') return relation.joinModel;
  return model;
}

/** Resolves every relationship field and marks foreign-key scalars. */
export const resolveRelations: Pass = (ir, raw) => {
  const diagnostics: Diagnostic[] = [];
  const withRelations = ir.models.map((m): ModelIR => {
    const rawModel = raw.model(m.name);
    if (rawModel === undefined) return m;
    const fields = m.fields.map((f): FieldIR => {
      const rawField = raw.field(m.name, f.name);
      if (f.type.kind !== 'model' || rawField === undefined) return f;
      return { ...f, relation: relationOf(rawModel, rawField, raw, diagnostics) };
    });
    return { ...m, fields };
  });
  // Same-model relations (belongsTo, hasOne) claim their keys first: they are the keys' own relation.
  const owners = new Map<string, { model: string; field: string }>();
  const claim = (pass: 'own' | 'other'): void => {
    for (const m of withRelations) {
      for (const f of m.fields) {
        const rel = f.relation;
        if (rel === undefined || rel.kind === 'manyToMany') continue;
        const own = rel.kind === 'belongsTo' || (rel.kind === 'hasOne' && !rel.viaReferences);
        if (own !== (pass === 'own')) continue;
        const holder = keyHolder(m.name, rel);
        for (const key of rel.foreignKeys) {
          const id = `${holder}\u0000${key}`;
          if (!owners.has(id)) owners.set(id, { model: m.name, field: f.name });
        }
      }
    }
  };
  claim('own');
  claim('other');
  const models = withRelations.map((m): ModelIR => ({
    ...m,
    fields: m.fields.map((f) => {
      const owner = f.type.kind === 'model' ? undefined : owners.get(`${m.name}\u0000${f.name}`);
      return owner === undefined ? f : { ...f, foreignKeyOf: owner };
    }),
  }));
  return { ir: { ...ir, models }, diagnostics };
};
