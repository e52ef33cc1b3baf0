/**
 * The IR of `examples/datastore/codegen-job.json`, written by hand so that the DataStore generator
 * can be tested without the transform: Author hasOne Profile and hasMany Post, Post belongsTo
 * Author, Post manyToMany Tag through PostTags, Review with a composite key belongsTo Post, an
 * enum and a non-model.
 */
import type { SchemaIR } from '@uibuilder-codegen/transform';
import {
  enumType,
  model,
  namedField,
  nonModel,
  relationField,
  scalarField,
  schema,
  timestampFields,
} from './ir-builder.js';

/** The example's IR. */
export const exampleIR: SchemaIR = schema({
  models: [
    model('Author', [
      scalarField('id', 'ID', { required: true }),
      scalarField('name', 'String', { required: true }),
      scalarField('email', 'AWSEmail'),
      relationField('profile', {
        kind: 'hasOne',
        relatedModel: 'Profile',
        foreignKeys: ['authorProfileId'],
        inverseField: undefined,
      }),
      relationField('posts', {
        kind: 'hasMany',
        relatedModel: 'Post',
        foreignKeys: ['authorID'],
        inverseField: 'author',
        keyConditionFields: [],
      }),
      ...timestampFields(),
      scalarField('authorProfileId', 'ID', {
        origin: 'implicitForeignKey',
        foreignKeyOf: { model: 'Author', field: 'profile' },
      }),
    ]),
    model('Profile', [
      scalarField('id', 'ID', { required: true }),
      scalarField('bio', 'String'),
      scalarField('website', 'AWSURL'),
      scalarField('birthday', 'AWSDate'),
      ...timestampFields(),
    ]),
    model('Post', [
      scalarField('id', 'ID', { required: true }),
      scalarField('title', 'String', { required: true }),
      namedField('status', 'enum', 'PostStatus', { required: true }),
      namedField('meta', 'nonModel', 'PostMeta'),
      scalarField('keywords', 'String', { isArray: true }),
      scalarField('publishedAt', 'AWSDateTime'),
      scalarField('authorID', 'ID', {
        required: true,
        foreignKeyOf: { model: 'Post', field: 'author' },
      }),
      relationField('author', {
        kind: 'belongsTo',
        relatedModel: 'Author',
        foreignKeys: ['authorID'],
        inverseField: 'posts',
      }),
      relationField('tags', {
        kind: 'manyToMany',
        relatedModel: 'Tag',
        joinModel: 'PostTags',
        joinField: 'post',
        otherJoinField: 'tag',
        foreignKeys: ['postId'],
        inverseField: 'posts',
      }),
      relationField('reviews', {
        kind: 'hasMany',
        relatedModel: 'Review',
        foreignKeys: ['postId'],
        inverseField: 'post',
        keyConditionFields: [],
      }),
      ...timestampFields(),
    ]),
    model('Tag', [
      scalarField('id', 'ID', { required: true }),
      scalarField('label', 'String', { required: true }),
      relationField('posts', {
        kind: 'manyToMany',
        relatedModel: 'Post',
        joinModel: 'PostTags',
        joinField: 'tag',
        otherJoinField: 'post',
        foreignKeys: ['tagId'],
        inverseField: 'tags',
      }),
      ...timestampFields(),
    ]),
    model(
      'Review',
      [
        scalarField('postId', 'ID', {
          required: true,
          foreignKeyOf: { model: 'Review', field: 'post' },
        }),
        scalarField('createdOn', 'AWSDateTime', { required: true }),
        scalarField('stars', 'Int', { required: true }),
        scalarField('body', 'String'),
        scalarField('reviewerIp', 'AWSIPAddress'),
        relationField('post', {
          kind: 'belongsTo',
          relatedModel: 'Post',
          foreignKeys: ['postId'],
          inverseField: 'reviews',
        }),
        ...timestampFields(),
      ],
      { primaryKeys: ['postId', 'createdOn'] },
    ),
    model(
      'PostTags',
      [
        scalarField('id', 'ID', { required: true }),
        scalarField('postId', 'ID', {
          required: true,
          foreignKeyOf: { model: 'PostTags', field: 'post' },
        }),
        scalarField('tagId', 'ID', {
          required: true,
          foreignKeyOf: { model: 'PostTags', field: 'tag' },
        }),
        relationField(
          'post',
          {
            kind: 'belongsTo',
            relatedModel: 'Post',
            foreignKeys: ['postId'],
            inverseField: 'tags',
          },
          { required: true },
        ),
        relationField(
          'tag',
          { kind: 'belongsTo', relatedModel: 'Tag', foreignKeys: ['tagId'], inverseField: 'posts' },
          { required: true },
        ),
        ...timestampFields(),
      ],
      { isJoinTable: true },
    ),
  ],
  enums: [enumType('PostStatus', ['DRAFT', 'PUBLISHED', 'ARCHIVED'])],
  nonModels: [
    nonModel('PostMeta', [
      scalarField('readingMinutes', 'Int'),
      scalarField('coverUrl', 'AWSURL'),
      scalarField('sources', 'AWSURL', { required: true, isArray: true }),
    ]),
  ],
});
