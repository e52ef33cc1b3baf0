import { useEffect, useState } from 'react';
import { generateClient } from 'aws-amplify/api';
import { PostStatus, type ListPostsQuery } from './API';
import { listPosts } from './graphql/queries';
import './App.css';

type Post = NonNullable<NonNullable<ListPostsQuery['listPosts']>['items'][number]>;

const client = generateClient();

// The statement is a GeneratedQuery<ListPostsQueryVariables, ListPostsQuery>: `client.graphql`
// infers both the variables it accepts and the shape of `data` from it.
async function fetchPublishedPosts(): Promise<Post[]> {
  const { data } = await client.graphql({
    query: listPosts,
    variables: { filter: { status: { eq: PostStatus.PUBLISHED } }, limit: 20 },
  });
  return (data.listPosts?.items ?? []).filter((post): post is Post => post !== null);
}

function App() {
  const [posts, setPosts] = useState<Post[]>([]);
  const [error, setError] = useState<string>();

  useEffect(() => {
    fetchPublishedPosts().then(setPosts, (reason: unknown) => setError(String(reason)));
  }, []);

  return (
    <section id="center">
      <h1>Published posts</h1>
      {error ? <p className="error">{error}</p> : null}
      <ul>
        {posts.map((post) => (
          <li key={post.id}>
            <h2>{post.title}</h2>
            <p>
              {post.author?.name ?? 'Anonymous'}
              {post.publishedAt ? ` · ${post.publishedAt}` : ''}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

export default App;
