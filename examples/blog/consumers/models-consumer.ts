// Uses the plain model interfaces (noApiConfig). Compiled with tsc --strict by the examples test
// against every models variant's output.
import {
  PostStatus,
  type Author,
  type Comment,
  type Post,
  type SeoMetadata,
} from '../src/models/index';

export function draft(author: Author): Post {
  const seo: SeoMetadata = { title: 'Hello', keywords: ['intro'] };
  return {
    id: 'p1',
    title: 'Hello',
    body: 'World',
    status: PostStatus.DRAFT,
    seo,
    authorID: author.id,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
  };
}

export function commentCount(comments: readonly Comment[], post: Post): number {
  return comments.filter((c) => c.postID === post.id).length;
}

export function wrongUses(post: Post): void {
  // @ts-expect-error viewCount is a number
  const bad: Post = { ...post, viewCount: 'many' };
  void bad;
  // @ts-expect-error status is a PostStatus
  const worse: Post = { ...post, status: 'LIVE' };
  void worse;
}
