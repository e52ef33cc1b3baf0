/**
 * `readGenericDataSchema`: checks the JSON shape of `job.genericDataSchema` and the names in it,
 * and returns it as a {@link RawSchema} in the job's key order. Paths are JSON pointers relative
 * to the job object (`/genericDataSchema/models/Post/...`).
 */
import { diagnostic, jsonPointer } from '@uibuilder-codegen/core';
import type { Diagnostic } from '@uibuilder-codegen/core';
import { describeValue, entries, isRecord, own } from './json-values.js';
import { isGraphQLName, MAX_NAME_LENGTH } from './names.js';
import { readField } from './read-field.js';
import type { RawEnum, RawField, RawModel, RawNonModel, RawSchema } from './raw-schema.js';
import { JS_RESERVED_WORDS } from './reserved-names.js';

const EMPTY: RawSchema = { models: [], enums: [], nonModels: [] };

/** Reads a `{ [name]: object }` map; reports a non-object. */
function readMap(
  value: unknown,
  path: string,
  subject: string,
  diagnostics: Diagnostic[],
): [string, unknown][] {
  if (value === undefined || value === null) return [];
  if (isRecord(value)) return entries(value);
  diagnostics.push(
    diagnostic('InvalidValue', path, {
      subject,
      expected: 'an object keyed by name',
      actual: describeValue(value),
    }),
  );
  return [];
}

function readFields(
  owner: string,
  value: unknown,
  path: string,
  diagnostics: Diagnostic[],
): RawField[] {
  const fields: RawField[] = [];
  for (const [name, fieldValue] of readMap(value, path, `${owner}.fields`, diagnostics)) {
    const fieldPath = path + jsonPointer(name);
    const label = `${owner}.${name}`;
    const field = readField(name, fieldValue, fieldPath, label, diagnostics);
    if (field === undefined) continue;
    if (name.length > MAX_NAME_LENGTH) {
      diagnostics.push(
        diagnostic('NameTooLong', fieldPath, {
          kind: `${owner} field`,
          name,
          length: name.length,
          limit: MAX_NAME_LENGTH,
        }),
      );
      continue;
    }
    if (!isGraphQLName(name)) {
      // A navigation field the API cannot have loses no data (its foreign keys stay): drop it. A data field would.
      diagnostics.push(
        field.dataType === 'Model'
          ? diagnostic('InvalidRelationshipFieldName', fieldPath, { owner: label })
          : diagnostic('InvalidFieldName', fieldPath, { owner: label }),
      );
      continue;
    }
    if (JS_RESERVED_WORDS.has(name))
      diagnostics.push(diagnostic('ReservedWordField', fieldPath, { owner: label }));
    fields.push(field);
  }
  return fields;
}

function checkTypeName(
  kind: string,
  name: string,
  path: string,
  diagnostics: Diagnostic[],
): boolean {
  if (name.length > MAX_NAME_LENGTH) {
    diagnostics.push(
      diagnostic('NameTooLong', path, { kind, name, length: name.length, limit: MAX_NAME_LENGTH }),
    );
    return false;
  }
  if (isGraphQLName(name)) return true;
  diagnostics.push(diagnostic('InvalidName', path, { kind, name }));
  return false;
}

function readPrimaryKeys(
  model: string,
  value: unknown,
  path: string,
  diagnostics: Diagnostic[],
): string[] {
  if (value === undefined || value === null) {
    diagnostics.push(diagnostic('DefaultPrimaryKey', path, { model }));
    return ['id'];
  }
  if (!Array.isArray(value) || !value.every((k) => typeof k === 'string')) {
    diagnostics.push(
      diagnostic('InvalidValue', path, {
        subject: `${model}.primaryKeys`,
        expected: 'a list of field names',
        actual: describeValue(value),
      }),
    );
    return ['id'];
  }
  if (value.length === 0) {
    diagnostics.push(diagnostic('EmptyPrimaryKey', path, { model }));
    return ['id'];
  }
  const seen = new Set<string>();
  value.forEach((key: string, i) => {
    if (seen.has(key))
      diagnostics.push(
        diagnostic('DuplicatePrimaryKeyField', `${path}/${i}`, { model, name: key }),
      );
    seen.add(key);
  });
  return [...seen];
}

function readModel(
  name: string,
  value: unknown,
  path: string,
  diagnostics: Diagnostic[],
): RawModel | undefined {
  if (!checkTypeName('Model', name, path, diagnostics)) return undefined;
  if (!isRecord(value)) {
    diagnostics.push(
      diagnostic('InvalidValue', path, {
        subject: `Model ${name}`,
        expected: 'an object',
        actual: describeValue(value),
      }),
    );
    return undefined;
  }
  const isJoinTable = own(value, 'isJoinTable');
  if (isJoinTable !== undefined && typeof isJoinTable !== 'boolean') {
    diagnostics.push(
      diagnostic('InvalidValue', path + '/isJoinTable', {
        subject: `${name}.isJoinTable`,
        expected: 'a boolean',
        actual: describeValue(isJoinTable),
      }),
    );
  }
  return {
    name,
    path,
    isJoinTable: isJoinTable === true,
    primaryKeys: readPrimaryKeys(
      name,
      own(value, 'primaryKeys'),
      path + '/primaryKeys',
      diagnostics,
    ),
    fields: readFields(name, own(value, 'fields'), path + '/fields', diagnostics),
  };
}

function readEnum(
  name: string,
  value: unknown,
  path: string,
  diagnostics: Diagnostic[],
): RawEnum | undefined {
  if (!checkTypeName('Enum', name, path, diagnostics)) return undefined;
  const values = isRecord(value) ? own(value, 'values') : undefined;
  if (!Array.isArray(values) || !values.every((v) => typeof v === 'string')) {
    diagnostics.push(
      diagnostic('InvalidValue', path + '/values', {
        subject: `Enum ${name}.values`,
        expected: 'a list of strings',
        actual: describeValue(values),
      }),
    );
    return undefined;
  }
  if (values.length === 0) diagnostics.push(diagnostic('EmptyEnum', path + '/values', { name }));
  const seen = new Set<string>();
  values.forEach((v: string, i) => {
    if (v.length > MAX_NAME_LENGTH) {
      diagnostics.push(
        diagnostic('NameTooLong', `${path}/values/${i}`, {
          kind: `Enum ${name} value`,
          name: v,
          length: v.length,
          limit: MAX_NAME_LENGTH,
        }),
      );
    } else if (!isGraphQLName(v) || v === 'true' || v === 'false' || v === 'null') {
      diagnostics.push(diagnostic('InvalidEnumValue', `${path}/values/${i}`, { name, value: v }));
    } else if (seen.has(v)) {
      diagnostics.push(diagnostic('DuplicateEnumValue', `${path}/values/${i}`, { name, value: v }));
    }
    seen.add(v);
  });
  return { name, path, values: [...seen] };
}

function readNonModel(
  name: string,
  value: unknown,
  path: string,
  diagnostics: Diagnostic[],
): RawNonModel | undefined {
  if (!checkTypeName('Non-model', name, path, diagnostics)) return undefined;
  if (!isRecord(value)) {
    diagnostics.push(
      diagnostic('InvalidValue', path, {
        subject: `Non-model ${name}`,
        expected: 'an object',
        actual: describeValue(value),
      }),
    );
    return undefined;
  }
  return {
    name,
    path,
    fields: readFields(name, own(value, 'fields'), path + '/fields', diagnostics),
  };
}

function readAll<T>(
  schema: Readonly<Record<string, unknown>>,
  key: 'models' | 'enums' | 'nonModels',
  read: (name: string, value: unknown, path: string, diagnostics: Diagnostic[]) => T | undefined,
  diagnostics: Diagnostic[],
): T[] {
  const base = jsonPointer('genericDataSchema', key);
  const out: T[] = [];
  for (const [name, value] of readMap(
    own(schema, key),
    base,
    `genericDataSchema.${key}`,
    diagnostics,
  )) {
    const item = read(name, value, base + jsonPointer(name), diagnostics);
    if (item !== undefined) out.push(item);
  }
  return out;
}

/** Checks `job.genericDataSchema` and returns it as a {@link RawSchema}; problems go to `diagnostics`. */
export function readGenericDataSchema(value: unknown, diagnostics: Diagnostic[]): RawSchema {
  if (value === undefined || value === null) {
    diagnostics.push(diagnostic('MissingGenericDataSchema', '/genericDataSchema', {}));
    return EMPTY;
  }
  if (!isRecord(value)) {
    diagnostics.push(
      diagnostic('InvalidValue', '/genericDataSchema', {
        subject: 'genericDataSchema',
        expected: 'an object',
        actual: describeValue(value),
      }),
    );
    return EMPTY;
  }
  const models = readAll(value, 'models', readModel, diagnostics);
  const modelsValue = own(value, 'models');
  if (
    models.length === 0 &&
    (modelsValue === undefined || (isRecord(modelsValue) && Object.keys(modelsValue).length === 0))
  ) {
    diagnostics.push(diagnostic('EmptySchema', '/genericDataSchema/models', {}));
  }
  return {
    models,
    enums: readAll(value, 'enums', readEnum, diagnostics),
    nonModels: readAll(value, 'nonModels', readNonModel, diagnostics),
  };
}
