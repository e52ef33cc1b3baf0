import { describe, expect, it } from 'vitest';
import type { SchemaIR } from '@uibuilder-codegen/transform';
import { createIntrospectionSchema, DATASTORE_CODEGEN_VERSION } from './introspection-schema.js';
import { corpusIRs, dataStoreExampleIR } from './test-support/jobs.js';

const example = createIntrospectionSchema(dataStoreExampleIR());
const corpus = new Map(corpusIRs());

function corpusSchema(name: string) {
  const ir = corpus.get(name);
  if (ir === undefined) throw new Error(`no corpus schema ${name}`);
  return createIntrospectionSchema(ir);
}

describe('createIntrospectionSchema', () => {
  it.each([
    [
      'Author',
      'profile',
      { connectionType: 'HAS_ONE', associatedWith: ['id'], targetNames: ['authorProfileId'] },
    ],
    ['Author', 'posts', { connectionType: 'HAS_MANY', associatedWith: ['author'] }],
    ['Post', 'author', { connectionType: 'BELONGS_TO', targetNames: ['authorID'] }],
    ['Post', 'tags', { connectionType: 'HAS_MANY', associatedWith: ['post'] }],
    ['Post', 'reviews', { connectionType: 'HAS_MANY', associatedWith: ['post'] }],
    ['Review', 'post', { connectionType: 'BELONGS_TO', targetNames: ['postId'] }],
    ['PostTags', 'tag', { connectionType: 'BELONGS_TO', targetNames: ['tagId'] }],
  ])('example: %s.%s is associated as DataStore joins it', (model, field, association) => {
    expect(example.models[model]?.fields[field]?.association).toEqual(association);
  });

  it.each([
    // The child's belongsTo holds other keys than the hasMany's, so the keys are named.
    [
      'has-many-autocomplete-post',
      'Post',
      'Comments',
      { connectionType: 'HAS_MANY', associatedWith: ['postID'] },
    ],
    [
      'composite-relationships',
      'CompositeDog',
      'CompositeBowl',
      {
        connectionType: 'HAS_ONE',
        associatedWith: ['shape', 'size'],
        targetNames: ['compositeDogCompositeBowlShape', 'compositeDogCompositeBowlSize'],
      },
    ],
    [
      'composite-relationships',
      'CompositeVet',
      'CompositeDogs',
      { connectionType: 'HAS_MANY', associatedWith: ['compositeVet'] },
    ],
    [
      'custom-key-model__schema',
      'CustomKeyModel',
      'children',
      { connectionType: 'HAS_MANY', associatedWith: ['customKeyModelChildrenMycustomkey'] },
    ],
  ])('%s: %s.%s is associated as amplify codegen wrote it', (name, model, field, association) => {
    expect(corpusSchema(name).models[model]?.fields[field]?.association).toEqual(association);
  });

  it.each([
    ['example', 'Post', [{ type: 'key', properties: { name: 'byAuthor', fields: ['authorID'] } }]],
    // A hasMany on the first field of the composite key is served by the primary index.
    ['example', 'Review', [{ type: 'key', properties: { fields: ['postId', 'createdOn'] } }]],
    [
      'example',
      'PostTags',
      [
        { type: 'key', properties: { name: 'byPost', fields: ['postId'] } },
        { type: 'key', properties: { name: 'byTag', fields: ['tagId'] } },
      ],
    ],
    ['example', 'Author', []],
    [
      'custom-key-model__schema',
      'ChildItem',
      [
        {
          type: 'key',
          properties: {
            name: 'gsi-CustomKeyModel.children',
            fields: ['customKeyModelChildrenMycustomkey'],
          },
        },
      ],
    ],
    [
      'cpk-relationships',
      'CPKProject',
      [
        { type: 'key', properties: { fields: ['specialProjectId'] } },
        { type: 'key', properties: { name: 'byCPKTeacher', fields: ['cPKTeacherID'] } },
      ],
    ],
  ])('%s: %s has the primary key first, then its foreign-key indexes', (name, model, keys) => {
    const schema = name === 'example' ? example : corpusSchema(name);
    expect(schema.models[model]?.attributes).toEqual([{ type: 'model', properties: {} }, ...keys]);
  });

  it('marks the timestamps read-only and optional, and a join model’s foreign keys optional', () => {
    expect(example.models.Post?.fields.createdAt).toEqual({
      name: 'createdAt',
      isArray: false,
      type: 'AWSDateTime',
      isRequired: false,
      attributes: [],
      isReadOnly: true,
    });
    expect(example.models.PostTags?.fields.postId?.isRequired).toBe(false);
    expect(example.models.Post?.fields.authorID?.isRequired).toBe(true);
  });

  it('writes lists as nullable lists, with the elements’ requiredness', () => {
    expect(example.models.Post?.fields.keywords).toMatchObject({
      isArray: true,
      isRequired: false,
      isArrayNullable: true,
    });
    expect(example.nonModels.PostMeta?.fields.sources).toMatchObject({
      isArray: true,
      isRequired: true,
      isArrayNullable: true,
    });
  });

  it('types references as DataStore does', () => {
    expect(example.models.Post?.fields.status?.type).toEqual({ enum: 'PostStatus' });
    expect(example.models.Post?.fields.meta?.type).toEqual({ nonModel: 'PostMeta' });
    expect(example.models.Post?.fields.tags?.type).toEqual({ model: 'PostTags' });
    expect(example.enums).toEqual({
      PostStatus: { name: 'PostStatus', values: ['DRAFT', 'PUBLISHED', 'ARCHIVED'] },
    });
  });

  it('claims a codegen version initSchema accepts (^3.2.0)', () => {
    const [major, minor] = DATASTORE_CODEGEN_VERSION.split('.').map(Number);
    expect(major).toBe(3);
    expect(minor).toBeGreaterThanOrEqual(2);
  });

  it('hashes the content into version: stable across runs, different when the schema differs', () => {
    const ir = dataStoreExampleIR();
    expect(createIntrospectionSchema(ir).version).toBe(example.version);
    expect(example.version).toMatch(/^[0-9a-f]{32}$/);
    const renamed: SchemaIR = { ...ir, enums: [{ ...ir.enums[0]!, values: ['DRAFT', 'LIVE'] }] };
    expect(createIntrospectionSchema(renamed).version).not.toBe(example.version);
  });
});
