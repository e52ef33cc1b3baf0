/**
 * Valid values for every field a model can be constructed with, so that a test can build each
 * model of a schema with `new Model({...})` and change one field with `copyOf`.
 */
import type { FieldIR, ModelIR, SchemaIR } from '@uibuilder-codegen/transform';
import type { ScalarTypeName } from '@uibuilder-codegen/core';
import type { ModelProbe } from './package-on-disk.js';

const SCALAR_SAMPLES: Readonly<Record<ScalarTypeName, unknown>> = {
  ID: 'id-1',
  String: 'text',
  Int: 7,
  Float: 1.5,
  Boolean: true,
  AWSDate: '2026-11-29',
  AWSTime: '12:30:00',
  AWSDateTime: '2026-11-29T12:30:00.000Z',
  AWSTimestamp: 1795000000,
  AWSEmail: 'someone@example.com',
  AWSURL: 'https://example.com/a',
  AWSIPAddress: '192.0.2.1',
  AWSJSON: '{"a":1}',
  AWSPhone: '+12065550100',
};

const CHANGED_SAMPLES: Partial<Record<ScalarTypeName, unknown>> = {
  String: 'changed',
  Int: 8,
  Float: 2.5,
  Boolean: false,
  AWSEmail: 'other@example.com',
  AWSURL: 'https://example.com/b',
  AWSDate: '2026-12-01',
};

/** One probe per model: every settable field filled, one plain scalar changed by `copyOf`. */
export function modelProbes(ir: SchemaIR): ModelProbe[] {
  return ir.models.map((model) => modelProbe(model, ir));
}

function modelProbe(model: ModelIR, ir: SchemaIR): ModelProbe {
  const keyFields = [model.primaryKey.partitionKey, ...model.primaryKey.sortKeys];
  const settable = model.fields.filter(
    (field) =>
      !field.readOnly &&
      field.relation === undefined &&
      (model.primaryKey.isCustom || field.name !== 'id'),
  );
  const init = Object.fromEntries(settable.map((field) => [field.name, fieldSample(field, ir, 0)]));
  const mutable = settable.find(
    (field) =>
      !keyFields.includes(field.name) &&
      !field.isArray &&
      field.foreignKeyOf === undefined &&
      field.type.kind === 'scalar' &&
      CHANGED_SAMPLES[field.type.name] !== undefined,
  );
  const links = model.fields.flatMap((field) => {
    const relation = field.relation;
    if (relation === undefined || (relation.kind !== 'belongsTo' && relation.kind !== 'hasOne'))
      return [];
    // A references hasOne holds no key here: the related record's belongsTo does.
    if (relation.kind === 'hasOne' && relation.viaReferences) return [];
    const related = ir.models.find((candidate) => candidate.name === relation.relatedModel);
    if (related === undefined || relation.foreignKeys.length === 0) return [];
    return [
      {
        field: field.name,
        relatedModel: related.name,
        localFields: relation.foreignKeys,
        remoteFields: [related.primaryKey.partitionKey, ...related.primaryKey.sortKeys],
      },
    ];
  });
  return {
    name: model.name,
    init,
    links,
    compare: settable.filter((field) => !containsJson(field, ir, 0)).map((field) => field.name),
    keyFields,
    mutation:
      mutable?.type.kind === 'scalar'
        ? { field: mutable.name, value: CHANGED_SAMPLES[mutable.type.name] }
        : undefined,
  };
}

function fieldSample(field: FieldIR, ir: SchemaIR, depth: number): unknown {
  const one = elementSample(field, ir, depth);
  return field.isArray ? (one === null ? [] : [one]) : one;
}

function elementSample(field: FieldIR, ir: SchemaIR, depth: number): unknown {
  switch (field.type.kind) {
    case 'scalar':
      return SCALAR_SAMPLES[field.type.name];
    case 'enum': {
      const name = field.type.name;
      return ir.enums.find((candidate) => candidate.name === name)?.values[0] ?? null;
    }
    case 'nonModel': {
      const name = field.type.name;
      const nonModel = ir.nonModels.find((candidate) => candidate.name === name);
      if (nonModel === undefined || depth > 3) return null;
      return Object.fromEntries(
        nonModel.fields
          .filter((inner) => inner.required || depth < 2)
          .map((inner) => [inner.name, fieldSample(inner, ir, depth + 1)]),
      );
    }
    case 'model':
      return null;
  }
}

function containsJson(field: FieldIR, ir: SchemaIR, depth: number): boolean {
  if (field.type.kind === 'scalar') return field.type.name === 'AWSJSON';
  if (field.type.kind !== 'nonModel' || depth > 3) return false;
  const name = field.type.name;
  const nonModel = ir.nonModels.find((candidate) => candidate.name === name);
  return nonModel?.fields.some((inner) => containsJson(inner, ir, depth + 1)) ?? false;
}
