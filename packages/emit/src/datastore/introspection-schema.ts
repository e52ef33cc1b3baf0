import { createHash } from 'node:crypto';
import { sdlObject, sdlProperty } from '@uibuilder-codegen/core';
import type { FieldIR, ModelIR, NonModelIR, SchemaIR } from '@uibuilder-codegen/transform';
import { associatedModelName, fieldAssociation } from './field-association.js';
import { authAttribute } from './auth-attribute.js';
import { isRequiredInDataStore } from './field-requiredness.js';
import type {
  DataStoreField,
  DataStoreFieldType,
  DataStoreModel,
  DataStoreNonModel,
  DataStoreSchema,
} from './introspection-schema-types.js';
import { modelKeyAttributes } from './model-key-attributes.js';
import type { ParentRelation } from './model-key-attributes.js';

/**
 * The `codegenVersion` the schema declares. `initSchema` accepts `^3.2.0`; this is the modelgen
 * version whose output shape (array `targetNames`/`associatedWith`, `gsi-` keys) is reproduced.
 */
export const DATASTORE_CODEGEN_VERSION = '3.4.4';

/**
 * Builds the DataStore schema object from the IR: every model, enum and non-model in IR order,
 * with associations, key attributes and the server-managed timestamps marked read-only.
 * `modelOrder` lists the model names in the order to write them (see `dataStoreModelOrder`).
 * `version` is the md5 of the rest of the object, so it changes exactly when the schema does.
 */
export function createIntrospectionSchema(
  ir: SchemaIR,
  modelOrder: readonly string[] = ir.models.map((model) => model.name),
): DataStoreSchema {
  const modelsByName = new Map(ir.models.map((model) => [model.name, model]));
  const parents = parentRelations(ir.models);
  const models: Record<string, DataStoreModel> = {};
  for (const name of modelOrder) {
    const model = modelsByName.get(name);
    if (model !== undefined)
      models[name] = dataStoreModel(model, modelsByName, parents.get(name) ?? []);
  }
  const enums = Object.fromEntries(
    ir.enums.map((enumIR) => [enumIR.name, { name: enumIR.name, values: [...enumIR.values] }]),
  );
  const nonModels = Object.fromEntries(
    ir.nonModels.map((nonModel) => [nonModel.name, dataStoreNonModel(nonModel)]),
  );
  const content = { models, enums, nonModels, codegenVersion: DATASTORE_CODEGEN_VERSION };
  const version = createHash('md5').update(JSON.stringify(content)).digest('hex');
  return { ...content, version };
}

function dataStoreModel(
  model: ModelIR,
  modelsByName: ReadonlyMap<string, ModelIR>,
  parents: readonly ParentRelation[],
): DataStoreModel {
  const fields = model.fields.map((field) => [
    field.name,
    dataStoreField(field, model, modelsByName),
  ]);
  return {
    name: model.name,
    fields: Object.fromEntries([...fields, ...disabledTimestamps(model)]),
    syncable: true,
    pluralName: model.pluralName,
    attributes: [
      { type: 'model', properties: model.modelArguments ?? {} },
      ...modelKeyAttributes(model, parents),
      ...(model.auth ?? []).map(authAttribute),
    ],
  };
}

/**
 * The timestamps that `@model(timestamps: { updatedAt: null })` turns off, which the API lacks but
 * modelgen still lists under their default names (it reads `null` as "not renamed"); DataStore's
 * schema is AWS's, so they are listed too, read-only and optional.
 */
function disabledTimestamps(model: ModelIR): [string, DataStoreField][] {
  const timestamps = sdlObject(model.modelArguments?.['timestamps']);
  if (timestamps === undefined) return [];
  return (['createdAt', 'updatedAt'] as const).flatMap((key): [string, DataStoreField][] => {
    const value = sdlProperty(timestamps, key);
    const name = typeof value === 'string' && value !== '' ? value : key;
    if (model.fields.some((field) => field.name === name)) return [];
    const field: DataStoreField = {
      name,
      isArray: false,
      type: 'AWSDateTime',
      isRequired: false,
      attributes: [],
      isReadOnly: true,
    };
    return [[name, field]];
  });
}

function dataStoreNonModel(nonModel: NonModelIR): DataStoreNonModel {
  return {
    name: nonModel.name,
    fields: Object.fromEntries(
      nonModel.fields.map((field) => [field.name, dataStoreField(field, undefined, new Map())]),
    ),
  };
}

function dataStoreField(
  field: FieldIR,
  model: ModelIR | undefined,
  modelsByName: ReadonlyMap<string, ModelIR>,
): DataStoreField {
  const relation = field.relation;
  return {
    name: field.name,
    isArray: field.isArray,
    type: relation === undefined ? fieldType(field) : { model: associatedModelName(relation) },
    isRequired: isRequiredInDataStore(field, model),
    attributes: [],
    // The job does not record whether a list may be null (the model SDL does): a nullable list
    // accepts both.
    ...(field.isArray ? { isArrayNullable: field.isArrayNullable ?? true } : {}),
    ...(field.readOnly ? { isReadOnly: true } : {}),
    ...(relation === undefined ? {} : { association: fieldAssociation(relation, modelsByName) }),
  };
}

function fieldType(field: FieldIR): DataStoreFieldType {
  switch (field.type.kind) {
    case 'scalar':
      return field.type.name;
    case 'enum':
      return { enum: field.type.name };
    case 'nonModel':
      return { nonModel: field.type.name };
    case 'model':
      return { model: field.type.name };
  }
}

/** For each child model, the parents' hasMany fields whose foreign keys it holds. */
function parentRelations(models: readonly ModelIR[]): Map<string, ParentRelation[]> {
  const result = new Map<string, ParentRelation[]>();
  for (const parent of models) {
    for (const field of parent.fields) {
      // A references hasMany uses an index the transformer names itself; modelgen writes no key.
      if (field.relation?.kind !== 'hasMany' || field.relation.viaReferences) continue;
      const child = models.find((model) => model.name === field.relation?.relatedModel);
      // modelgen looks at the child's first field of the parent's type.
      const back = child?.fields.find(
        (f) => f.type.kind === 'model' && f.type.name === parent.name,
      );
      const list = result.get(field.relation.relatedModel) ?? [];
      list.push({
        parentModel: parent.name,
        field: field.name,
        foreignKeys: field.relation.foreignKeys,
        namesIndex: field.relation.indexName !== undefined,
        belongsTo: back?.relation?.kind === 'belongsTo',
      });
      result.set(field.relation.relatedModel, list);
    }
  }
  return result;
}
