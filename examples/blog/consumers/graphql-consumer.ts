// Uses the generated GraphQL API the way app code does. Compiled with tsc --strict by the
// examples test against every GraphQL variant's output.
import { PostStatus, type CreatePostInput, type Post } from '../src/API';
import { createPost } from '../src/graphql/mutations';
import { commentsByPostID, getPost, listPosts } from '../src/graphql/queries';
import { onCreateComment } from '../src/graphql/subscriptions';
import { graphql } from './graphql-client';

export async function titleOf(id: string): Promise<string | undefined> {
  const { data } = await graphql({ query: getPost, variables: { id } });
  const post = data.getPost;
  const status: PostStatus | undefined = post?.status;
  void status;
  return post?.title;
}

export async function publishedTitles(): Promise<string[]> {
  const { data } = await graphql({
    query: listPosts,
    variables: { filter: { status: { eq: PostStatus.PUBLISHED } }, limit: 10 },
  });
  return (data.listPosts?.items ?? []).flatMap((post) => (post ? [post.title] : []));
}

export async function commentTexts(postID: string): Promise<string[]> {
  const { data } = await graphql({ query: commentsByPostID, variables: { postID } });
  return (data.commentsByPostID?.items ?? []).flatMap((c) => (c ? [c.content] : []));
}

export async function publish(input: CreatePostInput): Promise<Post['id'] | undefined> {
  const { data } = await graphql({ query: createPost, variables: { input } });
  return data.createPost?.id;
}

export async function watch(): Promise<void> {
  await graphql({ query: onCreateComment, variables: {} });
}

export async function wrongUses(): Promise<void> {
  // @ts-expect-error getPost needs an id
  await graphql({ query: getPost, variables: {} });
  // @ts-expect-error id is a string
  await graphql({ query: getPost, variables: { id: 42 } });
  // @ts-expect-error status is a PostStatus, not any string
  await graphql({ query: listPosts, variables: { filter: { status: { eq: 'LIVE' } } } });
  const { data } = await graphql({ query: getPost, variables: { id: 'p1' } });
  // @ts-expect-error the result has no such field
  void data.getPost?.notAField;
}
