import { describe, expect, it } from 'vitest';
import { apiSchemaFromDocument } from '../api-schema/api-schema.js';
import { deployedOperations } from './deployed-operations.js';
import { readDeployedSchema } from './read-deployed-schema.js';

const schema = apiSchemaFromDocument(
  readDeployedSchema({
    source: 'api.graphql',
    sdl: `
      schema { query: Q mutation: M }
      type Post { id: ID! }
      type Tag { id: ID! }
      union Thing = Post | Tag
      enum Size { S M }
      type Q { getPost(id: ID!): Post, size: Size, now: AWSDateTime, things: [Thing] }
      type M { touch(id: ID!): Boolean! }
      type Subscription { onTouch: Boolean @aws_subscribe(mutations: ["touch"]) }
    `,
  }).document,
);

describe('deployedOperations', () => {
  it('makes one operation per root field, named as AWS names them, in the API order', () => {
    const { operations, skipped } = deployedOperations(schema);
    expect(
      operations.map((o) => [o.kind, o.fieldName, o.resultTypeName, o.variablesTypeName]),
    ).toEqual([
      ['query', 'getPost', 'GetPostQuery', 'GetPostQueryVariables'],
      ['query', 'size', 'SizeQuery', 'SizeQueryVariables'],
      ['query', 'now', 'NowQuery', 'NowQueryVariables'],
      ['mutation', 'touch', 'TouchMutation', 'TouchMutationVariables'],
      ['subscription', 'onTouch', 'OnTouchSubscription', 'OnTouchSubscriptionVariables'],
    ]);
    expect(skipped).toEqual(['Q.things']);
  });
});
