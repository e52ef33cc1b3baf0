import { describe, expect, it } from 'vitest';
import type { Diagnostic } from './diagnostics.js';
import { SchemaError } from './errors.js';
import { normalizeSchema } from './normalize-schema.js';
import { sampleJob } from './test-support/sample-job.js';

type Job = ReturnType<typeof sampleJob>;
const S = '/genericDataSchema';
const POST = `${S}/models/Post`;
const COMMENT = `${S}/models/Comment`;

/** `sampleJob()` changed by `edit`. */
function given(edit: (job: Job) => void): Job {
  const job = sampleJob();
  edit(job);
  return job;
}
const schema = (job: Job) => job.genericDataSchema;
const post = (job: Job) => job.genericDataSchema.models.Post;
const postFields = (job: Job) => job.genericDataSchema.models.Post.fields;
const commentFields = (job: Job) => job.genericDataSchema.models.Comment.fields;

function diagnosticsOf(
  input: unknown,
  strict = false,
): { thrown: boolean; diagnostics: readonly Diagnostic[] } {
  try {
    return { thrown: false, diagnostics: normalizeSchema(input, { strict }).diagnostics };
  } catch (error) {
    expect(error).toBeInstanceOf(SchemaError);
    return { thrown: true, diagnostics: (error as SchemaError).diagnostics };
  }
}

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
  [
    'an enum value with a space',
    {
      given: given((j) => (schema(j).enums.Status.values = ['IN REVIEW'])),
      want: ['InvalidEnumValue', `${S}/enums/Status/values/0`],
    },
  ],
  [
    'an enum value true',
    {
      given: given((j) => (schema(j).enums.Status.values = ['DRAFT', 'true'])),
      want: ['InvalidEnumValue', `${S}/enums/Status/values/1`],
    },
  ],
  [
    'a duplicate enum value',
    {
      given: given((j) => (schema(j).enums.Status.values = ['DRAFT', 'DRAFT'])),
      want: ['DuplicateEnumValue', `${S}/enums/Status/values/1`],
    },
  ],
  [
    'an empty enum',
    {
      given: given((j) => (schema(j).enums.Status.values = [])),
      want: ['EmptyEnum', `${S}/enums/Status/values`],
    },
  ],
  [
    'a model named Date',
    {
      given: given((j) => (schema(j).models.Date = { fields: {} })),
      want: ['ReservedTypeName', `${S}/models/Date`],
    },
  ],
  [
    'a model named Promise',
    {
      given: given((j) => (schema(j).models.Promise = { fields: {} })),
      want: ['ReservedTypeName', `${S}/models/Promise`],
    },
  ],
  [
    'a non-model named Array',
    {
      given: given((j) => (schema(j).nonModels.Array = { fields: {} })),
      want: ['ReservedTypeName', `${S}/nonModels/Array`],
    },
  ],
  [
    'an enum named Query',
    {
      given: given((j) => (schema(j).enums.Query = { values: ['A'] })),
      want: ['ReservedTypeName', `${S}/enums/Query`],
    },
  ],
  [
    'a model named CreatePostInput',
    {
      given: given((j) => (schema(j).models.CreatePostInput = { fields: {} })),
      want: ['GeneratedNameCollision', `${S}/models/CreatePostInput`],
    },
  ],
  [
    'a model named ModelPostConnection',
    {
      given: given((j) => (schema(j).models.ModelPostConnection = { fields: {} })),
      want: ['GeneratedNameCollision', `${S}/models/ModelPostConnection`],
    },
  ],
  [
    'a model named GetPostQuery',
    {
      given: given((j) => (schema(j).models.GetPostQuery = { fields: {} })),
      want: ['GeneratedNameCollision', `${S}/models/GetPostQuery`],
    },
  ],
  [
    'a non-model named PostInput... of non-model Post',
    {
      given: given((j) => (schema(j).nonModels.MetaInput = { fields: {} })),
      want: ['GeneratedNameCollision', `${S}/nonModels/MetaInput`],
    },
  ],
  [
    'models Wish and Wishes',
    {
      given: given((j) =>
        Object.assign(schema(j).models, { Wish: { fields: {} }, Wishes: { fields: {} } }),
      ),
      want: ['OperationNameCollision', `${S}/models/Wishes`],
    },
  ],
  [
    'an enum named like a model',
    {
      given: given((j) => (schema(j).enums.Post = { values: ['A'] })),
      want: ['DuplicateTypeName', `${S}/enums/Post`],
    },
  ],
  [
    'a join table that does not exist',
    {
      given: given((j) => (postFields(j).comments.relationship.relatedJoinTableName = 'PostTags')),
      want: ['DanglingJoinModel', `${POST}/fields/comments/relationship/relatedJoinTableName`],
    },
  ],
  [
    'a foreign key naming a model field',
    {
      given: given((j) => (commentFields(j).post.relationship.associatedFields = ['post'])),
      want: ['InvalidForeignKey', `${COMMENT}/fields/post/relationship/associatedFields/0`],
    },
  ],
  [
    'a non-model holding a model',
    {
      given: given((j) => (schema(j).nonModels.Meta.fields.post = commentFields(j).post)),
      want: ['InvalidRelationship', `${S}/nonModels/Meta/fields/post`],
    },
  ],
  [
    'renderConfig with an unknown member',
    {
      given: given((j) => (j.renderConfig = { $unknown: ['vue', {}] })),
      want: ['UnknownUnionMember', '/renderConfig/$unknown'],
    },
  ],
  [
    'apiConfiguration with an unknown member',
    {
      given: given(
        (j) => (j.renderConfig.react.apiConfiguration = { $unknown: ['restConfig', {}] }),
      ),
      want: ['UnknownUnionMember', '/renderConfig/react/apiConfiguration/$unknown'],
    },
  ],
  [
    'two apiConfiguration members',
    {
      given: given((j) => (j.renderConfig.react.apiConfiguration.noApiConfig = {})),
      want: ['AmbiguousUnion', '/renderConfig/react/apiConfiguration'],
    },
  ],
  [
    'script py',
    {
      given: given((j) => (j.renderConfig.react.script = 'py')),
      want: ['InvalidRenderOption', '/renderConfig/react/script'],
    },
  ],
  [
    'target es5',
    {
      given: given((j) => (j.renderConfig.react.target = 'es5')),
      want: ['InvalidRenderOption', '/renderConfig/react/target'],
    },
  ],
  [
    'module commonjs',
    {
      given: given((j) => (j.renderConfig.react.module = 'commonjs')),
      want: ['InvalidRenderOption', '/renderConfig/react/module'],
    },
  ],
  [
    'a non-boolean feature flag',
    {
      given: given((j) => (j.features.isRelationshipSupported = 'yes')),
      want: ['InvalidValue', '/features/isRelationshipSupported'],
    },
  ],
  [
    'a dependency without a name',
    {
      given: given((j) => (j.dependencies = [{ supportedVersion: '1' }])),
      want: ['InvalidValue', '/dependencies/0'],
    },
  ],
  [
    'the {"job": ...} wrapper keeps job-relative paths',
    {
      given: { job: given((j) => (postFields(j).title.dataType = 'Text')) },
      want: ['UnknownDataType', `${POST}/fields/title/dataType`],
    },
  ],
];

describe('bad input', () => {
  it('has at least 30 cases', () => expect(ERRORS.length).toBeGreaterThanOrEqual(30));

  it.each(ERRORS)(
    '%s → a SchemaError with the diagnostic at its path',
    (_name, { given: input, want: [code, path] }) => {
      const { thrown, diagnostics } = diagnosticsOf(input);
      expect(thrown).toBe(true);
      expect(
        diagnostics.filter((d) => d.severity === 'error').map((d) => [d.code, d.path]),
      ).toContainEqual([code, path]);
      for (const d of diagnostics) {
        expect(d.message).not.toBe('');
        expect(d.hint).not.toBe('');
      }
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
