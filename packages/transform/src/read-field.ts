/** Reads one field (and its relationship) of the job, checking every value's JSON type. */
import { diagnostic, jsonPointer } from '@uibuilder-codegen/core';
import type { Diagnostic } from '@uibuilder-codegen/core';
import { describeValue, isRecord, own } from './json-values.js';
import type { JsonRecord } from './json-values.js';
import type { RawField, RawRelationship } from './raw-schema.js';

const RELATIONSHIP_TYPES = new Set(['HAS_MANY', 'HAS_ONE', 'BELONGS_TO']);

/** Reads an optional value of `record[key]` with `check`; reports and returns `fallback` when it fails. */
function optional<T>(
  record: JsonRecord,
  key: string,
  path: string,
  subject: string,
  expected: string,
  check: (value: unknown) => value is T,
  fallback: T,
  diagnostics: Diagnostic[],
): T {
  const value = own(record, key);
  if (value === undefined) return fallback;
  if (check(value)) return value;
  diagnostics.push(
    diagnostic('InvalidValue', path + jsonPointer(key), {
      subject: `${subject}.${key}`,
      expected,
      actual: describeValue(value),
    }),
  );
  return fallback;
}

const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';
const isString = (v: unknown): v is string => typeof v === 'string';
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
const isMaybeString = (v: unknown): v is string | undefined => v === undefined || isString(v);
const isMaybeStringArray = (v: unknown): v is string[] | undefined =>
  v === undefined || isStringArray(v);

/** Reads `field.relationship`; `undefined` (with a diagnostic) when it cannot be used. */
export function readRelationship(
  value: unknown,
  path: string,
  owner: string,
  diagnostics: Diagnostic[],
): RawRelationship | undefined {
  const subject = `${owner}.relationship`;
  if (!isRecord(value)) {
    diagnostics.push(
      diagnostic('InvalidValue', path, {
        subject,
        expected: 'an object',
        actual: describeValue(value),
      }),
    );
    return undefined;
  }
  const type = own(value, 'type');
  if (typeof type !== 'string' || !RELATIONSHIP_TYPES.has(type)) {
    diagnostics.push(
      diagnostic('UnknownRelationshipType', path + '/type', { owner, type: describeValue(type) }),
    );
    return undefined;
  }
  const relatedModelName = own(value, 'relatedModelName');
  if (typeof relatedModelName !== 'string') {
    diagnostics.push(
      diagnostic('InvalidValue', path + '/relatedModelName', {
        subject: `${subject}.relatedModelName`,
        expected: 'a model name',
        actual: describeValue(relatedModelName),
      }),
    );
    return undefined;
  }
  const read = <T>(key: string, expected: string, check: (v: unknown) => v is T, fallback: T): T =>
    optional(value, key, path, subject, expected, check, fallback, diagnostics);
  return {
    type: type as RawRelationship['type'],
    relatedModelName,
    relatedModelFields: read('relatedModelFields', 'a list of field names', isStringArray, []),
    relatedJoinFieldName: read('relatedJoinFieldName', 'a field name', isMaybeString, undefined),
    relatedJoinTableName: read('relatedJoinTableName', 'a model name', isMaybeString, undefined),
    belongsToFieldOnRelatedModel: read(
      'belongsToFieldOnRelatedModel',
      'a field name',
      isMaybeString,
      undefined,
    ),
    associatedFields: read(
      'associatedFields',
      'a list of field names',
      isMaybeStringArray,
      undefined,
    ),
    isHasManyIndex: read('isHasManyIndex', 'a boolean', isBoolean, false),
    path,
  };
}

/** Reads one field; `undefined` (with a diagnostic) when its shape is unusable. */
export function readField(
  name: string,
  value: unknown,
  path: string,
  owner: string,
  diagnostics: Diagnostic[],
): RawField | undefined {
  if (!isRecord(value)) {
    diagnostics.push(
      diagnostic('InvalidValue', path, {
        subject: owner,
        expected: 'a field object',
        actual: describeValue(value),
      }),
    );
    return undefined;
  }
  const dataType = own(value, 'dataType');
  if (typeof dataType !== 'string') {
    diagnostics.push(
      diagnostic('InvalidValue', path + '/dataType', {
        subject: `${owner}.dataType`,
        expected: 'a type name',
        actual: describeValue(dataType),
      }),
    );
    return undefined;
  }
  const read = <T>(key: string, expected: string, check: (v: unknown) => v is T, fallback: T): T =>
    optional(value, key, path, owner, expected, check, fallback, diagnostics);
  const relationshipValue = own(value, 'relationship');
  return {
    name,
    path,
    dataType,
    dataTypeValue: read('dataTypeValue', 'a type name', isMaybeString, undefined),
    required: read('required', 'a boolean', isBoolean, false),
    readOnly: read('readOnly', 'a boolean', isBoolean, false),
    isArray: read('isArray', 'a boolean', isBoolean, false),
    relationship:
      relationshipValue === undefined || relationshipValue === null
        ? undefined
        : readRelationship(relationshipValue, path + '/relationship', owner, diagnostics),
  };
}
