import type { FieldIR } from '@uibuilder-codegen/transform';
import { describe, expect, test } from 'vitest';
import { field } from '../test-support/ir-builders.js';
import { fieldGraphQLType, fieldValueType } from './field-type.js';

const manyToMany: FieldIR = field(
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
);

describe('field types', () => {
  test.each([
    ['ID!', field('M', 'f', 'ID', { required: true }), 'string', 'ID!'],
    ['String', field('M', 'f', 'String'), 'string', 'String'],
    ['Int', field('M', 'f', 'Int'), 'number', 'Int'],
    ['Float', field('M', 'f', 'Float'), 'number', 'Float'],
    ['Boolean', field('M', 'f', 'Boolean'), 'boolean', 'Boolean'],
    ['AWSTimestamp', field('M', 'f', 'AWSTimestamp'), 'number', 'AWSTimestamp'],
    ['AWSJSON', field('M', 'f', 'AWSJSON'), 'string', 'AWSJSON'],
    ['AWSDate', field('M', 'f', 'AWSDate'), 'string', 'AWSDate'],
    ['AWSTime', field('M', 'f', 'AWSTime'), 'string', 'AWSTime'],
    ['AWSDateTime', field('M', 'f', 'AWSDateTime'), 'string', 'AWSDateTime'],
    ['AWSEmail', field('M', 'f', 'AWSEmail'), 'string', 'AWSEmail'],
    ['AWSURL', field('M', 'f', 'AWSURL'), 'string', 'AWSURL'],
    ['AWSIPAddress', field('M', 'f', 'AWSIPAddress'), 'string', 'AWSIPAddress'],
    ['AWSPhone', field('M', 'f', 'AWSPhone'), 'string', 'AWSPhone'],
    [
      '[String!]',
      field('M', 'f', 'String', { isArray: true, required: true }),
      'Array<string>',
      '[String!]',
    ],
    ['[Int]', field('M', 'f', 'Int', { isArray: true }), 'Array<number | null>', '[Int]'],
    [
      'enum',
      field('M', 'f', { kind: 'enum', name: 'Status' }, { required: true }),
      'Status',
      'Status!',
    ],
    [
      'enum list',
      field('M', 'f', { kind: 'enum', name: 'Status' }, { isArray: true }),
      'Array<Status | null>',
      '[Status]',
    ],
    ['non-model', field('M', 'f', { kind: 'nonModel', name: 'Meta' }), 'Meta', 'Meta'],
    [
      'belongsTo',
      field('M', 'f', { kind: 'model', name: 'Blog' }, { required: true }),
      'Blog',
      'Blog!',
    ],
    [
      'hasMany',
      field('M', 'f', { kind: 'model', name: 'Comment' }, { isArray: true }),
      'Array<Comment | null>',
      '[Comment]',
    ],
    ['manyToMany', manyToMany, 'Array<PostTags | null>', '[Tag]'],
  ])('%s', (_name, given, wantTs, wantGraphQL) => {
    expect(fieldValueType(given, 'Array')).toBe(wantTs);
    expect(fieldGraphQLType(given)).toBe(wantGraphQL);
  });
});
