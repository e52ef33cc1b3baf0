import { describe, expect, it } from 'vitest';
import { normalizeSchema } from './normalize-schema.js';
import {
  COMMENT,
  POST,
  S,
  commentFields,
  diagnosticsOf,
  expectError,
  given,
  post,
  postFields,
  schema,
} from './test-support/bad-input-helpers.js';
import { sampleJob } from './test-support/sample-job.js';

const ERRORS: [string, { given: unknown; want: [code: string, path: string] }][] = [
  ['null', { given: null, want: ['InvalidInput', ''] }],
  ['an array', { given: [sampleJob()], want: ['InvalidInput', ''] }],
  ['a number', { given: 42, want: ['InvalidInput', ''] }],
  ['a string', { given: '{"job":{}}', want: ['InvalidInput', ''] }],
  ['no genericDataSchema', { given: { id: 'x' }, want: ['MissingGenericDataSchema', S] }],
  ['{"job": null}', { given: { job: null }, want: ['MissingGenericDataSchema', S] }],
  [
    'genericDataSchema is an array',
    { given: given((j) => (j.genericDataSchema = [])), want: ['InvalidValue', S] },
  ],
  [
    'an empty schema',
    { given: given((j) => (schema(j).models = {})), want: ['EmptySchema', `${S}/models`] },
  ],
  [
    'models is a number',
    { given: given((j) => (schema(j).models = 5)), want: ['InvalidValue', `${S}/models`] },
  ],
  [
    'a model that is null',
    { given: given((j) => (schema(j).models.Post = null)), want: ['InvalidValue', POST] },
  ],
  [
    'an unknown dataType',
    {
      given: given((j) => (postFields(j).title.dataType = 'Text')),
      want: ['UnknownDataType', `${POST}/fields/title/dataType`],
    },
  ],
  [
    'a missing dataType',
    {
      given: given((j) => delete postFields(j).title.dataType),
      want: ['InvalidValue', `${POST}/fields/title/dataType`],
    },
  ],
  [
    'required is a string',
    {
      given: given((j) => (postFields(j).title.required = 'yes')),
      want: ['InvalidValue', `${POST}/fields/title/required`],
    },
  ],
  [
    'an enum that names nothing',
    {
      given: given((j) => (postFields(j).status.dataTypeValue = 'Nope')),
      want: ['DanglingTypeReference', `${POST}/fields/status/dataTypeValue`],
    },
  ],
  [
    'a non-model without dataTypeValue',
    {
      given: given((j) => delete postFields(j).meta.dataTypeValue),
      want: ['MissingDataTypeValue', `${POST}/fields/meta/dataTypeValue`],
    },
  ],
  [
    'an enum field naming a non-model',
    {
      given: given((j) => (postFields(j).status.dataTypeValue = 'Meta')),
      want: ['DanglingTypeReference', `${POST}/fields/status/dataTypeValue`],
    },
  ],
  [
    'relatedModelName that names nothing',
    {
      given: given((j) => (commentFields(j).post.relationship.relatedModelName = 'Usr')),
      want: ['DanglingModelReference', `${COMMENT}/fields/post/relationship/relatedModelName`],
    },
  ],
  [
    'a HAS_MANY on a scalar',
    {
      given: given(
        (j) =>
          (postFields(j).title.relationship = { type: 'HAS_MANY', relatedModelName: 'Comment' }),
      ),
      want: ['InvalidRelationship', `${POST}/fields/title/relationship/type`],
    },
  ],
  [
    'a relationship on an enum',
    {
      given: given(
        (j) =>
          (postFields(j).status.relationship = { type: 'HAS_ONE', relatedModelName: 'Comment' }),
      ),
      want: ['InvalidRelationship', `${POST}/fields/status/relationship/type`],
    },
  ],
  [
    'a model field without relationship',
    {
      given: given((j) => delete postFields(j).comments.relationship),
      want: ['MissingRelationship', `${POST}/fields/comments`],
    },
  ],
  [
    'a HAS_MANY on a single field',
    {
      given: given((j) => (postFields(j).comments.isArray = false)),
      want: ['InvalidRelationship', `${POST}/fields/comments/relationship/type`],
    },
  ],
  [
    'an unknown relationship type',
    {
      given: given((j) => (commentFields(j).post.relationship.type = 'MANY_TO_ONE')),
      want: ['UnknownRelationshipType', `${COMMENT}/fields/post/relationship/type`],
    },
  ],
  [
    'a primary key naming a missing field',
    {
      given: given((j) => (post(j).primaryKeys = ['slug'])),
      want: ['MissingPrimaryKeyField', `${POST}/primaryKeys/0`],
    },
  ],
  [
    'an empty primary key',
    {
      given: given((j) => (post(j).primaryKeys = [])),
      want: ['EmptyPrimaryKey', `${POST}/primaryKeys`],
    },
  ],
  [
    'a repeated primary key field',
    {
      given: given((j) => (post(j).primaryKeys = ['id', 'id'])),
      want: ['DuplicatePrimaryKeyField', `${POST}/primaryKeys/1`],
    },
  ],
  [
    'primaryKeys is a string',
    {
      given: given((j) => (post(j).primaryKeys = 'id')),
      want: ['InvalidValue', `${POST}/primaryKeys`],
    },
  ],
  [
    'an empty model name',
    {
      given: given((j) => (schema(j).models[''] = { fields: {} })),
      want: ['InvalidName', `${S}/models/`],
    },
  ],
  [
    'a model named __proto__',
    {
      given: JSON.parse(
        JSON.stringify(sampleJob()).replace(
          '"Comment":{"primaryKeys"',
          '"__proto__":{"primaryKeys"',
        ),
      ),
      want: ['InvalidName', `${S}/models/__proto__`],
    },
  ],
  [
    'a field named __proto__',
    {
      given: JSON.parse(JSON.stringify(sampleJob()).replace('"content":', '"__proto__":')),
      want: ['InvalidFieldName', `${COMMENT}/fields/__proto__`],
    },
  ],
  [
    'a field named primary-author',
    {
      given: given((j) => (postFields(j)['primary-author'] = postFields(j).title)),
      want: ['InvalidFieldName', `${POST}/fields/primary-author`],
    },
  ],
  [
    'a model named with a slash',
    {
      given: given((j) => (schema(j).models['a/b'] = { fields: {} })),
      want: ['InvalidName', `${S}/models/a~1b`],
    },
  ],
];

describe('bad input: shapes, types, relationships, keys', () => {
  it('has at least 30 cases', () => expect(ERRORS.length).toBeGreaterThanOrEqual(30));

  it('has at least 30 cases (bad-names.test.ts has more)', () =>
    expect(ERRORS.length).toBeGreaterThanOrEqual(30));

  it.each(ERRORS)(
    '%s → a SchemaError with the diagnostic at its path',
    (_name, { given: input, want: [code, path] }) => {
      expectError(input, code, path);
    },
  );

  it('a belongsToFieldOnRelatedModel that names nothing is a warning (an error with strict)', () => {
    const job = given(
      (j) => (postFields(j).comments.relationship.belongsToFieldOnRelatedModel = 'nope'),
    );
    const path = `${POST}/fields/comments/relationship/belongsToFieldOnRelatedModel`;
    const lenient = diagnosticsOf(job);
    expect(lenient.thrown).toBe(false);
    expect(lenient.diagnostics.map((d) => [d.severity, d.code, d.path])).toContainEqual([
      'warning',
      'DanglingBelongsToField',
      path,
    ]);
    const strict = diagnosticsOf(job, true);
    expect(strict.thrown).toBe(true);
    expect(strict.diagnostics.map((d) => [d.severity, d.code])).toContainEqual([
      'error',
      'DanglingBelongsToField',
    ]);
  });

  it('names like constructor, prototype and reserved words are valid fields, and no prototype is touched', () => {
    const job = given((j) => {
      Object.assign(postFields(j), {
        constructor: postFields(j).title,
        prototype: postFields(j).title,
        switch: postFields(j).title,
      });
    });
    const { ir, diagnostics } = normalizeSchema(job);
    expect(ir.models[0]?.fields.map((f) => f.name)).toEqual(
      expect.arrayContaining(['constructor', 'prototype', 'switch']),
    );
    expect(diagnostics.map((d) => d.code)).toContain('ReservedWordField');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a model named constructor or hasOwnProperty does not confuse lookups', () => {
    const job = given((j) =>
      Object.assign(schema(j).models, {
        constructor: { fields: {} },
        hasOwnProperty: { fields: {} },
      }),
    );
    const { ir } = normalizeSchema(job);
    expect(ir.models.map((m) => m.name)).toEqual([
      'Post',
      'Comment',
      'constructor',
      'hasOwnProperty',
    ]);
  });
});
