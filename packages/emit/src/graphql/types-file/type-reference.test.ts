import { describe, expect, it } from 'vitest';
import { apiSchemaFromSdl, namedTypeName } from '../api-schema/api-schema.js';
import { namedTypeText, typeReferenceMember, typeReferenceText } from './type-reference.js';

const schema = apiSchemaFromSdl(`
  enum Cuisine { ITALIAN }
  type Query {
    a: String b: String! c: [String] d: [String!] e: [String]! f: [String!]!
    g: [[Int!]] h: Cuisine i: [Cuisine!]!
  }
`);
const field = (name: string) => schema.field(schema.type('Query') as never, name)!.definition;

describe('typeReferenceText', () => {
  it.each([
    ['a', 'String', 'string | null'],
    ['b', 'String!', 'string'],
    ['c', '[String]', 'Array<string | null> | null'],
    ['d', '[String!]', 'Array<string> | null'],
    ['e', '[String]!', 'Array<string | null>'],
    ['f', '[String!]!', 'Array<string>'],
    ['g', '[[Int!]]', 'Array<Array<number> | null> | null'],
    ['h', 'Cuisine', 'Cuisine | null'],
    ['i', '[Cuisine!]!', 'Array<Cuisine>'],
  ])('%s: %s is %s', (name, _graphql, want) => {
    const type = field(name).type;
    expect(typeReferenceText('Array', type, namedTypeText(schema, namedTypeName(type)))).toBe(want);
  });
});

describe('typeReferenceMember', () => {
  it('makes nullable members optional and non-null ones required', () => {
    expect(typeReferenceMember('Array', 'a', field('a').type, 'string')).toEqual({
      name: 'a',
      optional: true,
      type: 'string | null',
    });
    expect(typeReferenceMember('Array', 'b', field('b').type, 'string')).toEqual({
      name: 'b',
      optional: false,
      type: 'string',
    });
  });

  it('lets a non-null member with a default be left out, but not be null', () => {
    expect(typeReferenceMember('Array', 'b', field('b').type, 'string', true)).toEqual({
      name: 'b',
      optional: true,
      type: 'string',
    });
  });
});
