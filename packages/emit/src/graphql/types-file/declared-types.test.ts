import { describe, expect, it } from 'vitest';
import { enumDeclarations } from './enum-types.js';
import { apiSchemaFromSdl } from '../api-schema/api-schema.js';
import { inputTypeAliases } from './input-types.js';
import { objectTypeAliases } from './object-types.js';
import { printDeclarations, printEnumObjects } from './print-declarations.js';
import { declaredTypes } from './schema-types.js';

const schema = apiSchemaFromSdl(`
  scalar AWSTimestamp
  enum Difficulty { EASY HARD }
  type Post { id: ID! title: String tags: [String] level: Difficulty! comments: ModelCommentConnection at: AWSTimestamp }
  type Comment { id: ID! post: Post }
  type ModelCommentConnection { items: [Comment]! nextToken: String }
  input CreatePostInput { id: ID title: String! tags: [String!] level: Difficulty = EASY }
  interface Node { id: ID! }
  type Tag implements Node { id: ID! }
  union Anything = Post | Tag
  type Query { getPost(id: ID!): Post node: Node any: Anything }
  type Mutation { createPost(input: CreatePostInput!): Post }
`);
const types = declaredTypes(schema);

describe('declaredTypes', () => {
  it('keeps schema order and leaves out root, introspection and built-in types', () => {
    expect(types.map((type) => type.name.value)).toEqual([
      'AWSTimestamp',
      'Difficulty',
      'Post',
      'Comment',
      'ModelCommentConnection',
      'CreatePostInput',
      'Node',
      'Tag',
      'Anything',
    ]);
  });
});

describe('enumDeclarations', () => {
  const difficulty = enumDeclarations(types);

  it('writes each enum as a const object and a union type of the same name', () => {
    expect(printDeclarations(difficulty)).toMatchInlineSnapshot(`
      "export const Difficulty = {
        EASY: "EASY",
        HARD: "HARD",
      } as const;
      export type Difficulty = (typeof Difficulty)[keyof typeof Difficulty];
      "
    `);
  });

  it('declares the object in a declaration file', () => {
    expect(printDeclarations(difficulty, 'declaration')).toMatchInlineSnapshot(`
      "export declare const Difficulty: {
        readonly EASY: "EASY";
        readonly HARD: "HARD";
      };
      export type Difficulty = (typeof Difficulty)[keyof typeof Difficulty];
      "
    `);
  });

  it('freezes the object in JavaScript, and writes a module when there are no enums', () => {
    expect(printEnumObjects(difficulty)).toMatchInlineSnapshot(`
      "export const Difficulty = Object.freeze({
        EASY: "EASY",
        HARD: "HARD",
      });
      "
    `);
    expect(printEnumObjects([])).toBe('export {};\n');
  });

  it('breaks a union type that does not fit after `=`, as prettier does', () => {
    const name = 'AnEnumWhoseNameIsLongEnoughToPushTheUnionTypePastEightyColumns';
    const printed = printDeclarations([{ kind: 'enum', name, values: ['A'] }]);
    expect(printed.split('\n').slice(-3)).toEqual([
      `export type ${name} =`,
      `  (typeof ${name})[keyof typeof ${name}];`,
      '',
    ]);
  });
});

describe('objectTypeAliases', () => {
  it('writes every field, __typename first, when typename is on', () => {
    const [post] = objectTypeAliases(schema, types, true);
    expect(printDeclarations([post!])).toMatchInlineSnapshot(`
      "export type Post = {
        __typename: "Post";
        id: string;
        title?: string | null;
        tags?: Array<string | null> | null;
        level: Difficulty;
        comments?: ModelCommentConnection | null;
        at?: number | null;
      };
      "
    `);
  });

  it('declares connections, interfaces and unions, and drops __typename when typename is off', () => {
    const [, ...rest] = objectTypeAliases(schema, types, false);
    expect(printDeclarations(rest)).toMatchInlineSnapshot(`
      "export type Comment = {
        id: string;
        post?: Post | null;
      };

      export type ModelCommentConnection = {
        items: Array<Comment | null>;
        nextToken?: string | null;
      };

      export type Node = {
        id: string;
      };

      export type Tag = {
        id: string;
      };

      export type Anything = Post | Tag;
      "
    `);
  });

  it('types an interface __typename as the names of its implementations', () => {
    const node = objectTypeAliases(schema, types, true).find((alias) => alias.name === 'Node');
    expect(node?.kind === 'typeAlias' && node.type).toContain('__typename: "Tag";');
  });
});

describe('inputTypeAliases', () => {
  it('writes inputs without __typename, a defaulted field optional', () => {
    expect(printDeclarations(inputTypeAliases(schema, types))).toMatchInlineSnapshot(`
      "export type CreatePostInput = {
        id?: string | null;
        title: string;
        tags?: Array<string> | null;
        level?: Difficulty | null;
      };
      "
    `);
  });
});
