import { describe, it } from 'vitest';
import {
  COMMENT,
  POST,
  S,
  commentFields,
  expectError,
  given,
  postFields,
  schema,
} from './test-support/bad-input-helpers.js';

const ERRORS: [string, { given: unknown; want: [code: string, path: string] }][] = [
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
    'a model named globalThis (generated code reaches shadowed globals through it)',
    {
      given: given((j) => (schema(j).models.globalThis = { fields: {} })),
      want: ['ReservedTypeName', `${S}/models/globalThis`],
    },
  ],
  [
    'a model named class (a reserved word: `export type class` does not compile)',
    {
      given: given((j) => (schema(j).models.class = { fields: {} })),
      want: ['ReservedTypeName', `${S}/models/class`],
    },
  ],
  [
    'an enum named number (a TypeScript type keyword)',
    {
      given: given((j) => (schema(j).enums.number = { values: ['A'] })),
      want: ['ReservedTypeName', `${S}/enums/number`],
    },
  ],
  [
    'a model name over 1,024 characters',
    {
      given: given((j) => (schema(j).models['M' + 'x'.repeat(1024)] = { fields: {} })),
      want: ['NameTooLong', `${S}/models/M${'x'.repeat(1024)}`],
    },
  ],
  [
    'a non-model named undefined',
    {
      given: given((j) => (schema(j).nonModels.undefined = { fields: {} })),
      want: ['ReservedTypeName', `${S}/nonModels/undefined`],
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
    'a non-model holding a relationship',
    {
      given: given((j) => (schema(j).nonModels.Meta.fields.post = commentFields(j).post)),
      want: ['InvalidRelationship', `${S}/nonModels/Meta/fields/post`],
    },
  ],
  [
    // Post.meta holds Meta: its MetaInput would name a CommentInput the transformer never defines.
    'a model field whose non-model holds a model',
    {
      given: given((j) => {
        const { relationship: _, ...plain } = commentFields(j).post;
        schema(j).nonModels.Meta.fields.post = { ...plain, dataTypeValue: 'Comment' };
      }),
      want: ['NonModelInputHoldsModel', `${POST}/fields/meta`],
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

describe('bad input: names, collisions, render config', () => {
  it.each(ERRORS)(
    '%s → a SchemaError with the diagnostic at its path',
    (_name, { given: input, want: [code, path] }) => {
      expectError(input, code, path);
    },
  );
});
