import { describe, expect, test } from 'vitest';
import { field, model, nonModel, timestampFields } from '../test-support/ir-builders.js';
import { printStatements } from '../test-support/print-statements.js';
import { createTypeInterface } from './type-interface.js';

const post = model('Post', 'Posts', [
  field('Post', 'id', 'ID', { required: true }),
  field('Post', 'meta', { kind: 'nonModel', name: 'Meta' }),
  field(
    'Post',
    'blog',
    { kind: 'model', name: 'Blog' },
    {
      relation: {
        kind: 'belongsTo',
        relatedModel: 'Blog',
        foreignKeys: ['blogID'],
        inverseField: undefined,
      },
    },
  ),
  ...timestampFields('Post'),
]);

describe('createTypeInterface', () => {
  test('a model', () => {
    expect(printStatements([createTypeInterface(post, 'Array')])).toMatchInlineSnapshot(`
      "/** GraphQL model \`Post\`. */
      export interface Post {
        /** GraphQL: \`ID!\` */
        id: string;
        /** GraphQL: \`Meta\` */
        meta?: Meta | null;
        /** GraphQL: \`Blog\` @belongsTo */
        blog?: Blog | null;
        /** GraphQL: \`AWSDateTime!\` */
        readonly createdAt: string;
        /** GraphQL: \`AWSDateTime!\` */
        readonly updatedAt: string;
      }
      "
    `);
  });

  test('a non-model', () => {
    const meta = nonModel('Meta', [field('Meta', 'words', 'Int', { required: true })]);
    expect(printStatements([createTypeInterface(meta, 'Array')])).toMatchInlineSnapshot(`
      "/** GraphQL type \`Meta\` (a non-model). */
      export interface Meta {
        /** GraphQL: \`Int!\` */
        words: number;
      }
      "
    `);
  });

  test('a join model says so', () => {
    const join = model(
      'PostTags',
      'PostTags',
      [field('PostTags', 'id', 'ID', { required: true })],
      { isJoinTable: true },
    );
    expect(createTypeInterface(join, 'Array').docs).toEqual([
      'GraphQL model `PostTags`, the join model of a many-to-many relationship.',
    ]);
  });
});
