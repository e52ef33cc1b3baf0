import { afterAll, describe, expect, it } from 'vitest';
import ts from 'typescript';
import type { SchemaIR } from '@uibuilder-codegen/transform';
import type { GeneratedFile } from '../generated-file.js';
import { createDataStoreSources } from './datastore-sources.js';
import { createIntrospectionSchema } from './introspection-schema.js';
// The default run takes the example jobs and a sample of the corpus; `pnpm test:full` all of it.
import { sampleUnlessFull } from '../../../transform/src/test-support/test-scale.js';
import { corpusIRs, dataStoreExampleIR, namedJobIRs } from './test-support/jobs.js';
import { removeScratchRoot, scratchDirectory } from './test-support/package-on-disk.js';
import { typeCheckPackage } from './test-support/type-check-package.js';

afterAll(removeScratchRoot);

async function typeCheck(
  files: readonly GeneratedFile[],
  consumer: string,
  options: { compilerOptions?: ts.CompilerOptions; consumerPath?: string } = {},
): Promise<string[]> {
  const root = await scratchDirectory('types');
  return typeCheckPackage(
    root,
    files,
    { path: options.consumerPath ?? 'consumer.ts', contents: consumer },
    options.compilerOptions,
  );
}

function packageFiles(ir: SchemaIR): GeneratedFile[] {
  const { sources } = createDataStoreSources({
    ir,
    maxDepth: 3,
    typename: true,
    pruneCycles: false,
    appSyncSchemaPath: undefined,
  });
  return sources.flatMap((source) =>
    source.kind === 'literal' ? [{ path: source.path, contents: source.contents }] : [],
  );
}

/** Uses the example's models the way an app does, with misuses that must not compile. */
const EXAMPLE_CONSUMER = `
import type { Schema } from '@aws-amplify/datastore';
import { Author, Post, PostMeta, PostStatus, PostTags, Profile, Review, Tag } from '../models/index.js';
import { schema } from '../models/schema.js';

export const asSchema: Schema = schema;

const author = new Author({ name: 'Ada', email: 'ada@example.com' });
const profile = new Profile({ bio: null, website: 'https://example.com' });
const meta = new PostMeta({ readingMinutes: 3, sources: ['https://example.com/source'] });
const post = new Post({ title: 'Hello', status: PostStatus.PUBLISHED, authorID: author.id, meta, keywords: ['a', null] });
const draft = new Post({ title: 'Draft', status: 'DRAFT', authorID: author.id, author });
const tag = new Tag({ label: 'news' });
const link = new PostTags({ postId: post.id, tagId: tag.id, post, tag });
const review = new Review({ postId: post.id, createdOn: '2026-11-29T12:00:00.000Z', stars: 5 });

export const renamed: Post = Post.copyOf(post, (updated) => {
  updated.title = 'Renamed';
  updated.status = PostStatus.ARCHIVED;
});
export const reviewKey: [string, string] = [review.postId, review.createdOn];
export const lazyReviews: Promise<Review[]> = post.reviews.toArray();
export const lazyAuthor: Promise<Author | undefined> = post.author;
export const lazyProfile: Promise<Profile | undefined> = author.profile;
export const used = [profile, draft, link];
export const createdAt: string | null | undefined = post.createdAt;

// @ts-expect-error stars is a number
new Review({ postId: post.id, createdOn: '2026-11-29T12:00:00.000Z', stars: 'five' });
// @ts-expect-error a composite key needs every one of its fields
new Review({ postId: post.id, stars: 5 });
// @ts-expect-error title is required
new Post({ status: PostStatus.DRAFT, authorID: author.id });
// @ts-expect-error status takes only the enum's values
new Post({ title: 'x', status: 'LOST', authorID: author.id });
// @ts-expect-error the managed id is not set by the caller
new Tag({ id: 'chosen', label: 'x' });
// @ts-expect-error the server sets the timestamps
new Tag({ label: 'x', createdAt: '2026-11-29T12:00:00.000Z' });
// @ts-expect-error a join record takes the records it joins
new PostTags({ postId: post.id, tagId: tag.id });
Post.copyOf(post, (updated) => {
  // @ts-expect-error the identifier cannot change
  updated.id = 'other';
  // @ts-expect-error the server sets the timestamps
  updated.updatedAt = '2026-11-29T12:00:00.000Z';
});
`;

describe('index.d.ts under tsc --strict', () => {
  const example = packageFiles(dataStoreExampleIR());

  it('compiles the example with a consumer, and each misuse is an error (bundler resolution)', async () => {
    expect(await typeCheck(example, EXAMPLE_CONSUMER)).toEqual([]);
  });

  it('compiles the example with a consumer under NodeNext (ESM, explicit .js)', async () => {
    const options = {
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
    };
    const result = await typeCheck(example, EXAMPLE_CONSUMER, {
      compilerOptions: options,
      consumerPath: 'consumer.mts',
    });
    expect(result).toEqual([]);
  });

  it('reports a wrong field type (the check can fail)', async () => {
    const consumer = `import { Review } from '../models/index.js';\nnew Review({ postId: 'p', createdOn: 'c', stars: 'five' });\n`;
    expect((await typeCheck(example, consumer)).join('\n')).toMatch(
      /consumer\.ts\(2,\d+\): TS2322/,
    );
  });

  it.each([...namedJobIRs(), ...sampleUnlessFull(corpusIRs(), 6)])(
    '%s: index.d.ts compiles, schema.js fits DataStore’s Schema type, copyOf type-checks',
    async (_, ir) => {
      const names = ir.models.map((model) => model.name);
      const consumer = [
        `import type { Schema } from '@aws-amplify/datastore';`,
        `import { schema } from '../models/schema.js';`,
        names.length > 0 ? `import { ${names.join(', ')} } from '../models/index.js';` : '',
        `export const asSchema: Schema = schema;`,
        // The object schema.js holds, checked against DataStore's own Schema type.
        `export const literal: Schema = ${JSON.stringify(createIntrospectionSchema(ir))};`,
        ...names.map(
          (name) =>
            `export function copy${name}(source: ${name}): ${name} { return ${name}.copyOf(source, (draft) => draft); }`,
        ),
      ].join('\n');
      expect(await typeCheck(packageFiles(ir), consumer)).toEqual([]);
    },
  );
});
