// Code a developer writes against what `generate --components` unpacked (AWS's forms) and what
// it generated (our types and statements): it must type-check together, strictly.
import { generateClient } from 'aws-amplify/api';
import { PostStatus, type Post } from './src/API';
import { createPost } from './src/graphql/mutations';
import { listPosts } from './src/graphql/queries';
import PostCreateForm from './src/ui-components/PostCreateForm';
import PostUpdateForm from './src/ui-components/PostUpdateForm';

const client = generateClient();

/** The first post's title, through our typed statement. */
export async function firstTitle(): Promise<string | undefined> {
  const { data } = await client.graphql({ query: listPosts, variables: { limit: 1 } });
  return data.listPosts?.items[0]?.title;
}

/** Creates a post from a form's fields, through our typed statement. */
export async function save(title: string, body: string, authorID: string): Promise<string> {
  const input = { title, body, authorID, status: PostStatus.DRAFT };
  const { data } = await client.graphql({ query: createPost, variables: { input } });
  return data.createPost.id;
}

/** AWS's forms, typed by their `.d.ts` against our `Post`. */
export function Editor({ post }: { post: Post }) {
  return (
    <>
      <PostCreateForm
        onSuccess={(fields) => void save(fields.title ?? '', fields.body ?? '', post.authorID)}
      />
      <PostUpdateForm post={post} onSuccess={(fields) => console.log(fields.title)} />
    </>
  );
}
