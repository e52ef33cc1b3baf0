/**
 * `addImplicitFields`: adds the fields the deployed API has but the job may not list
 * (APPSYNC-CONVENTIONS.md §1.1, §1.2, §1.12): `id` for models keyed on `['id']` without one, and
 * the foreign keys that relationships name, typed after the key field they hold. Join-model keys
 * are typed after the related key and non-null, whatever the job says. The job's field order is the
 * deployed order and stands; an added `id` comes first and added foreign keys last (§1.1). A listed
 * foreign key named the way the transformer names implicit ones gets origin `implicitForeignKey`
 * only where the transformer puts those, after the timestamps: before them it was declared
 * (`Child.parentChildrenId` in fixtures/real/declared-implicit-fk).
 */
import { diagnostic } from '@uibuilder-codegen/core';
import type { Diagnostic } from '@uibuilder-codegen/core';
import { foreignKeyPlan, isImplicitlyNamed } from './foreign-keys.js';
import type { ForeignKeyPlan } from './foreign-keys.js';
import type { FieldIR, FieldTypeIR, ModelIR } from './ir.js';
import type { Pass } from './pass.js';
import type { RawIndex } from './raw-schema.js';

const ID: FieldTypeIR = { kind: 'scalar', name: 'ID' };

function withImplicitId(model: ModelIR, diagnostics: Diagnostic[]): ModelIR {
  const key = model.primaryKey;
  if (key.isCustom || model.fields.some((f) => f.name === 'id')) return model;
  diagnostics.push(diagnostic('ImplicitId', model.path, { model: model.name }));
  const id: FieldIR = {
    name: 'id',
    type: ID,
    isArray: false,
    required: true,
    readOnly: false,
    origin: 'implicitId',
    relation: undefined,
    foreignKeyOf: undefined,
    path: model.path,
  };
  return { ...model, fields: [id, ...model.fields] };
}

/**
 * True when the job lists `name` where the transformer puts the keys it adds: after the
 * timestamps, or anywhere in a model without them (where the job cannot tell).
 */
function listedAsImplicit(fields: readonly FieldIR[], name: string): boolean {
  const firstTimestamp = fields.findIndex((f) => f.origin === 'timestamp');
  return firstTimestamp < 0 || fields.findIndex((f) => f.name === name) > firstTimestamp;
}

/** Applies one relationship's plan to the working field lists. */
function applyPlan(
  plan: ForeignKeyPlan,
  relation: { model: string; field: string; isJoinKey: boolean; implicitName: boolean },
  byModel: Map<string, FieldIR[]>,
  raw: RawIndex,
  diagnostics: Diagnostic[],
): void {
  const holder = byModel.get(plan.holder);
  const keyOwner = raw.model(plan.keyOwner);
  if (holder === undefined || keyOwner === undefined) return;
  const owner = `${relation.model}.${relation.field}`;
  plan.names.forEach((name, i) => {
    const path = plan.paths[i] ?? '';
    const keyField = keyOwner.primaryKeys[i];
    if (keyField === undefined) {
      diagnostics.push(
        diagnostic('InvalidForeignKey', path, {
          owner,
          name,
          reason: `has no matching primary key field in ${keyOwner.name}`,
        }),
      );
      return;
    }
    const keyType = byModel.get(keyOwner.name)?.find((f) => f.name === keyField)?.type ?? ID;
    const at = holder.findIndex((f) => f.name === name);
    const existing = holder[at];
    if (existing === undefined) {
      const type = keyType;
      diagnostics.push(
        diagnostic('ImplicitForeignKey', path, {
          owner: `${plan.holder}.${name}`,
          type: type.name,
          relation: owner,
        }),
      );
      holder.push({
        name,
        type,
        isArray: false,
        required: relation.isJoinKey,
        readOnly: false,
        origin: 'implicitForeignKey',
        relation: undefined,
        foreignKeyOf: undefined,
        path,
      });
      return;
    }
    if ((existing.type.kind !== 'scalar' && existing.type.kind !== 'enum') || existing.isArray) {
      diagnostics.push(
        diagnostic('InvalidForeignKey', path, {
          owner,
          name,
          reason: `is not a scalar field of ${plan.holder}`,
        }),
      );
      return;
    }
    let field = existing;
    if (relation.isJoinKey && (field.type.name !== keyType.name || !field.required)) {
      diagnostics.push(
        diagnostic('JoinForeignKeyTyped', field.path, {
          owner: `${plan.holder}.${name}`,
          type: `${keyType.name}!`,
        }),
      );
      field = { ...field, type: keyType, required: true };
    }
    if (relation.implicitName && field.origin === 'declared' && listedAsImplicit(holder, name))
      field = { ...field, origin: 'implicitForeignKey' };
    holder[at] = field;
  });
}

/** Adds implicit `id` and foreign-key fields and orders every model's fields as the API does. */
export const addImplicitFields: Pass = (ir, raw) => {
  const diagnostics: Diagnostic[] = [];
  const models = ir.models.map((m) => withImplicitId(m, diagnostics));
  const byModel = new Map(models.map((m) => [m.name, [...m.fields]]));
  for (const model of models) {
    const rawModel = raw.model(model.name);
    if (rawModel === undefined) continue;
    for (const field of model.fields) {
      const rawField = raw.field(model.name, field.name);
      if (rawField === undefined || field.type.kind !== 'model') continue;
      const plan = foreignKeyPlan(rawModel, rawField, raw);
      const keyOwner = plan && raw.model(plan.keyOwner);
      if (plan === undefined || keyOwner === undefined) continue;
      const isJoinKey = rawModel.isJoinTable && rawField.relationship?.type === 'BELONGS_TO';
      const implicitName =
        !plan.derived && isImplicitlyNamed(plan, model.name, field.name, keyOwner.primaryKeys);
      applyPlan(
        plan,
        { model: model.name, field: field.name, isJoinKey, implicitName },
        byModel,
        raw,
        diagnostics,
      );
    }
  }
  const ordered = models.map((m): ModelIR => ({ ...m, fields: byModel.get(m.name) ?? [] }));
  for (const m of ordered) {
    const keys = [m.primaryKey.partitionKey, ...m.primaryKey.sortKeys];
    keys.forEach((key, i) => {
      const f = m.fields.find((x) => x.name === key);
      if (f === undefined || f.isArray || (f.type.kind !== 'scalar' && f.type.kind !== 'enum')) {
        diagnostics.push(
          diagnostic('MissingPrimaryKeyField', `${m.path}/primaryKeys/${i}`, {
            model: m.name,
            name: key,
          }),
        );
      }
    });
  }
  return { ir: { ...ir, models: ordered }, diagnostics };
};
