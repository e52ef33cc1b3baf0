import { Kind, parse, print } from 'graphql';
import type { DefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { blogExampleIR } from '../test-support/real-ir.js';
import { buildAppSyncSchemaDocument } from './build-appsync-schema.js';

/**
 * What the transformer's conventions (APPSYNC-CONVENTIONS §1) give for `examples/blog/model.graphql`,
 * written out by hand from that SDL: the unidirectional-from-Author hasOne with a belongsTo back
 * (FKs on both sides, §1.2), `@index` hasManys with their index queries (§1.5), a manyToMany
 * with its join model, a non-model input, and the subscription-filter FK placement. Lists are
 * nullable (§1.16): `SeoMetadataInput.keywords` is `[String!]!` in the SDL.
 */
const EXPECTED = `
type Author {
  id: ID!
  name: String!
  email: AWSEmail!
  website: AWSURL
  profile: AuthorProfile
  posts(filter: ModelPostFilterInput, sortDirection: ModelSortDirection, limit: Int, nextToken: String): ModelPostConnection
  createdAt: AWSDateTime!
  updatedAt: AWSDateTime!
  authorProfileId: ID
}

type AuthorProfile {
  id: ID!
  bio: String
  avatarUrl: AWSURL
  birthday: AWSDate
  author: Author
  createdAt: AWSDateTime!
  updatedAt: AWSDateTime!
  authorProfileAuthorId: ID
}

type PostTags {
  id: ID!
  postId: ID!
  tagId: ID!
  post: Post!
  tag: Tag!
  createdAt: AWSDateTime!
  updatedAt: AWSDateTime!
}

type Query {
  getAuthor(id: ID!): Author
  listAuthors(filter: ModelAuthorFilterInput, limit: Int, nextToken: String): ModelAuthorConnection
  getAuthorProfile(id: ID!): AuthorProfile
  listAuthorProfiles(filter: ModelAuthorProfileFilterInput, limit: Int, nextToken: String): ModelAuthorProfileConnection
  getPost(id: ID!): Post
  listPosts(filter: ModelPostFilterInput, limit: Int, nextToken: String): ModelPostConnection
  getComment(id: ID!): Comment
  listComments(filter: ModelCommentFilterInput, limit: Int, nextToken: String): ModelCommentConnection
  getTag(id: ID!): Tag
  listTags(filter: ModelTagFilterInput, limit: Int, nextToken: String): ModelTagConnection
  getPostTags(id: ID!): PostTags
  listPostTags(filter: ModelPostTagsFilterInput, limit: Int, nextToken: String): ModelPostTagsConnection
  postsByAuthorID(authorID: ID!, sortDirection: ModelSortDirection, filter: ModelPostFilterInput, limit: Int, nextToken: String): ModelPostConnection
  commentsByPostID(postID: ID!, sortDirection: ModelSortDirection, filter: ModelCommentFilterInput, limit: Int, nextToken: String): ModelCommentConnection
  postTagsByPostId(postId: ID!, sortDirection: ModelSortDirection, filter: ModelPostTagsFilterInput, limit: Int, nextToken: String): ModelPostTagsConnection
  postTagsByTagId(tagId: ID!, sortDirection: ModelSortDirection, filter: ModelPostTagsFilterInput, limit: Int, nextToken: String): ModelPostTagsConnection
}

input CreatePostInput {
  id: ID
  title: String!
  body: String!
  status: PostStatus!
  publishedAt: AWSDateTime
  seo: SeoMetadataInput
  viewCount: Int
  rating: Float
  featured: Boolean
  keywords: [String]
  authorID: ID!
}

input UpdatePostTagsInput {
  id: ID!
  postId: ID
  tagId: ID
}

input DeleteCommentInput {
  id: ID!
}

input SeoMetadataInput {
  title: String!
  description: String
  keywords: [String!]
}

input ModelPostConditionInput {
  title: ModelStringInput
  body: ModelStringInput
  status: ModelPostStatusInput
  publishedAt: ModelStringInput
  viewCount: ModelIntInput
  rating: ModelFloatInput
  featured: ModelBooleanInput
  keywords: ModelStringInput
  authorID: ModelIDInput
  and: [ModelPostConditionInput]
  or: [ModelPostConditionInput]
  not: ModelPostConditionInput
  createdAt: ModelStringInput
  updatedAt: ModelStringInput
}

input ModelAuthorProfileFilterInput {
  id: ModelIDInput
  bio: ModelStringInput
  avatarUrl: ModelStringInput
  birthday: ModelStringInput
  createdAt: ModelStringInput
  updatedAt: ModelStringInput
  and: [ModelAuthorProfileFilterInput]
  or: [ModelAuthorProfileFilterInput]
  not: ModelAuthorProfileFilterInput
  authorProfileAuthorId: ModelIDInput
}

input ModelSubscriptionAuthorFilterInput {
  id: ModelSubscriptionIDInput
  name: ModelSubscriptionStringInput
  email: ModelSubscriptionStringInput
  website: ModelSubscriptionStringInput
  createdAt: ModelSubscriptionStringInput
  updatedAt: ModelSubscriptionStringInput
  and: [ModelSubscriptionAuthorFilterInput]
  or: [ModelSubscriptionAuthorFilterInput]
  authorProfileId: ModelSubscriptionIDInput
}

input ModelPostStatusInput {
  eq: PostStatus
  ne: PostStatus
}
`;

function definitionName(definition: DefinitionNode): string {
  return 'name' in definition && definition.name !== undefined
    ? definition.name.value
    : definition.kind;
}

describe('buildAppSyncSchema on the blog example, against the transformer conventions', () => {
  const ours = new Map(
    buildAppSyncSchemaDocument(blogExampleIR()).definitions.map((d) => [definitionName(d), d]),
  );

  it.each(parse(EXPECTED).definitions.map((d) => [definitionName(d), d] as const))(
    '%s',
    (name, expected) => {
      const found = ours.get(name);
      expect(found?.kind).toBe(expected.kind);
      expect(found && print(found)).toBe(print(expected));
    },
  );

  it('has one subscription per mutation, each @aws_subscribe-d to it', () => {
    const subscription = ours.get('Subscription');
    if (subscription?.kind !== Kind.OBJECT_TYPE_DEFINITION) throw new Error('no Subscription type');
    const directives = (subscription.fields ?? []).map((f) =>
      print(f.directives?.[0] ?? parse('{a}')),
    );
    expect(directives).toHaveLength(18);
    expect(directives[0]).toBe('@aws_subscribe(mutations: ["createAuthor"])');
    expect(directives[17]).toBe('@aws_subscribe(mutations: ["deletePostTags"])');
  });
});
