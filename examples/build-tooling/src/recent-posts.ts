// App code written against the generated API: what a front-end team writes by hand.
import type { ListPostsQuery, Post, PostStatus } from '../generated/API';
import { listPosts } from '../generated/graphql/queries';

type GraphQLClient = {
  graphql<V, R>(options: {
    query: string & { __generatedQueryInput: V; __generatedQueryOutput: R };
    variables?: V;
  }): Promise<{ data: R }>;
};

/** Titles of the published posts, newest first. */
export async function publishedTitles(client: GraphQLClient): Promise<string[]> {
  const published: PostStatus = 'PUBLISHED' as PostStatus;
  const { data } = await client.graphql({
    query: listPosts,
    variables: { filter: { status: { eq: published } }, limit: 20 },
  });
  const items: NonNullable<ListPostsQuery['listPosts']>['items'] = data.listPosts?.items ?? [];
  return items
    .filter((post): post is NonNullable<typeof post> => post !== null)
    .sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''))
    .map((post) => post.title);
}

/** A post's display label. */
export function label(post: Pick<Post, 'title' | 'status'>): string {
  return `${post.title} (${post.status.toLowerCase()})`;
}
