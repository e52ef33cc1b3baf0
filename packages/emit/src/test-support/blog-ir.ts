import type { SchemaIR } from '@uibuilder-codegen/transform';
import type { ReactRenderConfig } from '@uibuilder-codegen/core';
import {
  enumType,
  field,
  model,
  nonModel,
  renderConfig,
  schemaIR,
  timestampFields,
} from './ir-builders.js';

/**
 * A hand-built IR of a small blog: Blog hasMany Post, Post belongsTo Blog, Post hasMany Comment,
 * Post manyToMany Tag through PostTags, Post hasOne Cover (unidirectional), an enum, a non-model,
 * a list of scalars, and a field named by a reserved word. Every name is a valid GraphQL name, as
 * `normalizeSchema` guarantees.
 * `react` is the job's `renderConfig.react` (default: `noApiConfig`, `script: 'tsx'`).
 */
export function blogIR(react: ReactRenderConfig = {}): SchemaIR {
  const blog = model('Blog', 'Blogs', [
    field('Blog', 'id', 'ID', { required: true }),
    field('Blog', 'name', 'String', { required: true }),
    field(
      'Blog',
      'posts',
      { kind: 'model', name: 'Post' },
      {
        isArray: true,
        relation: {
          kind: 'hasMany',
          relatedModel: 'Post',
          foreignKeys: ['blogID'],
          inverseField: 'blog',
          keyConditionFields: [],
          viaReferences: false,
        },
      },
    ),
    ...timestampFields('Blog'),
  ]);
  const post = model('Post', 'Posts', [
    field('Post', 'id', 'ID', { required: true }),
    field('Post', 'title', 'String', { required: true }),
    field('Post', 'status', { kind: 'enum', name: 'PostStatus' }),
    field('Post', 'rating', 'Float'),
    field('Post', 'views', 'Int', { required: true }),
    field('Post', 'published', 'Boolean'),
    field('Post', 'publishedAt', 'AWSTimestamp'),
    field('Post', 'keywords', 'String', { isArray: true, required: true }),
    field('Post', 'scores', 'Int', { isArray: true }),
    field('Post', 'meta', { kind: 'nonModel', name: 'PostMeta' }),
    field('Post', 'authorEmail', 'AWSEmail'),
    field('Post', 'switch', 'AWSJSON'),
    field('Post', 'blogID', 'ID', {
      required: true,
      foreignKeyOf: { model: 'Post', field: 'blog' },
    }),
    field(
      'Post',
      'blog',
      { kind: 'model', name: 'Blog' },
      {
        relation: {
          kind: 'belongsTo',
          relatedModel: 'Blog',
          foreignKeys: ['blogID'],
          inverseField: 'posts',
        },
      },
    ),
    field(
      'Post',
      'comments',
      { kind: 'model', name: 'Comment' },
      {
        isArray: true,
        relation: {
          kind: 'hasMany',
          relatedModel: 'Comment',
          foreignKeys: ['postID'],
          inverseField: 'post',
          keyConditionFields: [],
          viaReferences: false,
        },
      },
    ),
    field(
      'Post',
      'tags',
      { kind: 'model', name: 'PostTags' },
      {
        isArray: true,
        relation: {
          kind: 'manyToMany',
          relatedModel: 'Tag',
          joinModel: 'PostTags',
          joinField: 'post',
          otherJoinField: 'tag',
          foreignKeys: ['postId'],
          inverseField: 'posts',
        },
      },
    ),
    field(
      'Post',
      'cover',
      { kind: 'model', name: 'Cover' },
      {
        relation: {
          kind: 'hasOne',
          relatedModel: 'Cover',
          foreignKeys: ['postCoverId'],
          inverseField: undefined,
          viaReferences: false,
        },
      },
    ),
    ...timestampFields('Post'),
    field('Post', 'postCoverId', 'ID', {
      origin: 'implicitForeignKey',
      foreignKeyOf: { model: 'Post', field: 'cover' },
    }),
  ]);
  const comment = model('Comment', 'Comments', [
    field('Comment', 'id', 'ID', { required: true }),
    field('Comment', 'content', 'String', { required: true }),
    field('Comment', 'postID', 'ID', {
      required: true,
      foreignKeyOf: { model: 'Comment', field: 'post' },
    }),
    field(
      'Comment',
      'post',
      { kind: 'model', name: 'Post' },
      {
        relation: {
          kind: 'belongsTo',
          relatedModel: 'Post',
          foreignKeys: ['postID'],
          inverseField: 'comments',
        },
      },
    ),
    ...timestampFields('Comment'),
  ]);
  const cover = model('Cover', 'Covers', [
    field('Cover', 'id', 'ID', { required: true }),
    field('Cover', 'url', 'AWSURL', { required: true }),
    ...timestampFields('Cover'),
  ]);
  const tag = model('Tag', 'Tags', [
    field('Tag', 'id', 'ID', { required: true }),
    field('Tag', 'label', 'String', { required: true }),
    field(
      'Tag',
      'posts',
      { kind: 'model', name: 'PostTags' },
      {
        isArray: true,
        relation: {
          kind: 'manyToMany',
          relatedModel: 'Post',
          joinModel: 'PostTags',
          joinField: 'tag',
          otherJoinField: 'post',
          foreignKeys: ['tagId'],
          inverseField: 'tags',
        },
      },
    ),
    ...timestampFields('Tag'),
  ]);
  const postTags = model(
    'PostTags',
    'PostTags',
    [
      field('PostTags', 'id', 'ID', { required: true }),
      field('PostTags', 'postId', 'ID', {
        required: true,
        foreignKeyOf: { model: 'PostTags', field: 'post' },
      }),
      field('PostTags', 'tagId', 'ID', {
        required: true,
        foreignKeyOf: { model: 'PostTags', field: 'tag' },
      }),
      field(
        'PostTags',
        'post',
        { kind: 'model', name: 'Post' },
        {
          required: true,
          relation: {
            kind: 'belongsTo',
            relatedModel: 'Post',
            foreignKeys: ['postId'],
            inverseField: 'tags',
          },
        },
      ),
      field(
        'PostTags',
        'tag',
        { kind: 'model', name: 'Tag' },
        {
          required: true,
          relation: {
            kind: 'belongsTo',
            relatedModel: 'Tag',
            foreignKeys: ['tagId'],
            inverseField: 'posts',
          },
        },
      ),
      ...timestampFields('PostTags'),
    ],
    { isJoinTable: true },
  );
  return schemaIR({
    jobId: 'blog-example',
    models: [blog, post, comment, cover, tag, postTags],
    enums: [enumType('PostStatus', ['DRAFT', 'PUBLISHED', 'IN_REVIEW'])],
    nonModels: [
      nonModel('PostMeta', [
        field('PostMeta', 'wordCount', 'Int', { required: true }),
        field('PostMeta', 'summary', 'String'),
        field('PostMeta', 'links', 'AWSURL', { isArray: true }),
      ]),
    ],
    render: renderConfig(react),
  });
}
