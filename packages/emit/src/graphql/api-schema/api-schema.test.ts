import { OperationTypeNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  apiSchemaFromSdl,
  isLeafTypeName,
  isScalarTypeName,
  namedTypeName,
  objectTypeNamed,
} from './api-schema.js';

const schema = apiSchemaFromSdl(`
  scalar AWSDate
  enum Size { S M }
  interface Node { id: ID! }
  type Post implements Node { id: ID! title: String tags: [[String!]]! size: Size on: AWSDate }
  type Tag implements Node { id: ID! }
  union Thing = Post | Tag
  input PostInput { id: ID }
  type Query { getPost(id: ID!): Post }
`);

describe('apiSchemaFromSdl', () => {
  it('lists the declared types in order and looks them up by name', () => {
    expect(schema.types.map((t) => t.name.value)).toEqual([
      'AWSDate',
      'Size',
      'Node',
      'Post',
      'Tag',
      'Thing',
      'PostInput',
      'Query',
    ]);
    expect(schema.type('Post')?.kind).toBe('ObjectTypeDefinition');
    expect(schema.type('String')).toBeUndefined();
  });

  it('finds the root types by their default names, and only object types', () => {
    expect(schema.rootType(OperationTypeNode.QUERY)?.name.value).toBe('Query');
    expect(schema.rootType(OperationTypeNode.MUTATION)).toBeUndefined();
  });

  it('follows a schema definition for the root types', () => {
    const renamed = apiSchemaFromSdl(`
      schema { query: Root mutation: Change }
      type Root { a: Int } type Change { b: Int } type Query { c: Int }
    `);
    expect(renamed.rootType(OperationTypeNode.QUERY)?.name.value).toBe('Root');
    expect(renamed.rootType(OperationTypeNode.MUTATION)?.name.value).toBe('Change');
  });

  it('finds fields by name, and the named type inside wrappers', () => {
    const post = objectTypeNamed(schema, 'Post')!;
    const tags = schema.field(post, 'tags')!;
    expect(namedTypeName(tags.definition.type)).toBe('String');
    expect(
      schema.fields(post).map((f) => [f.typeName, f.leaf, f.scalar, f.object?.name.value]),
    ).toEqual([
      ['ID', true, true, undefined],
      ['String', true, true, undefined],
      ['String', true, true, undefined],
      ['Size', true, false, undefined],
      ['AWSDate', true, true, undefined],
    ]);
    const query = objectTypeNamed(schema, 'Query')!;
    expect(schema.field(query, 'getPost')?.object).toBe(post);
    expect(schema.field(post, 'missing')).toBeUndefined();
    expect(objectTypeNamed(schema, 'Node')).toBeUndefined();
  });

  it('tells leaves (built-in and declared scalars, enums) from the rest', () => {
    expect(['ID', 'String', 'AWSDate', 'Size'].map((n) => isLeafTypeName(schema, n))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(
      ['Post', 'Node', 'Thing', 'PostInput', 'Nope'].some((n) => isLeafTypeName(schema, n)),
    ).toBe(false);
    expect(isScalarTypeName(schema, 'Size')).toBe(false);
    expect(isScalarTypeName(schema, 'AWSDate')).toBe(true);
  });

  it('lists the implementations of an interface', () => {
    expect(schema.implementations('Node').map((t) => t.name.value)).toEqual(['Post', 'Tag']);
    expect(schema.implementations('Thing')).toEqual([]);
  });
});
