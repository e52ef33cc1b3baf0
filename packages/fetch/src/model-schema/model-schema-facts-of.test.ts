import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { modelSchemaFactsOf } from './model-schema-facts-of.js';

const sdl = `
type Post
  @model(queries: { get: "fetchPost", list: null }, subscriptions: null)
  @auth(rules: [{ allow: owner, ownerField: "author" }, { allow: public, operations: [read] }]) {
  id: ID!
  tags: [String!]!
  comments: [Comment] @hasMany(indexName: "byPost", fields: ["id"])
}

type Comment @model {
  id: ID!
  postID: ID! @index(name: "byPost", sortKeyFields: ["at"], queryField: null)
  at: AWSDateTime @index
}

type NotAModel {
  x: Int
  shops: [Post!]!
  owners: [Comment]
}

type Query {
  search(term: String): [NotAModel]
}
`;

describe('modelSchemaFactsOf', () => {
  const { models, nonModels } = modelSchemaFactsOf([parse(sdl)], 'schema.graphql');

  it('reads @model arguments and @auth rules as written, and only @model types', () => {
    expect(Object.keys(models)).toEqual(['Post', 'Comment']);
    expect(models['Post']?.modelArguments).toEqual({
      queries: { get: 'fetchPost', list: null },
      subscriptions: null,
    });
    expect(models['Post']?.auth).toEqual([
      [
        { allow: 'owner', ownerField: 'author' },
        { allow: 'public', operations: ['read'] },
      ],
    ]);
    expect(models['Comment']?.modelArguments).toEqual({});
    expect(models['Comment']?.auth).toBeUndefined();
  });

  it('reads indexes (a null queryField kept apart from none), hasMany index names and list nullability', () => {
    expect(models['Comment']?.indexes).toEqual([
      { name: 'byPost', partitionKey: 'postID', sortKeys: ['at'], queryField: null },
      { name: undefined, partitionKey: 'at', sortKeys: [], queryField: undefined },
    ]);
    expect(models['Post']?.hasManyIndexNames).toEqual({ comments: 'byPost' });
    expect(models['Post']?.listNullable).toEqual({ tags: false, comments: true });
  });

  it("reads the non-models' list nullability, and takes no custom operation type for one", () => {
    expect(nonModels).toEqual({ NotAModel: { listNullable: { shops: false, owners: true } } });
  });
});
