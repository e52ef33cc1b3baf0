import { OutputError } from '@uibuilder-codegen/core';
import { describe, expect, test } from 'vitest';
import { DEFAULT_EMIT_OPTIONS } from './emit-defaults.js';
import { emitFiles } from './emit-files.js';
import { blogIR } from './test-support/blog-ir.js';
import { typeCheck } from './test-support/compile.js';
import { usesSyntaxNewerThanES2015 } from './test-support/es-syntax.js';
import { importGenerated } from './test-support/import-module.js';

/** Uses the blog models the way a UI would; the `@ts-expect-error` lines must each be an error. */
const CONSUMER = `import { PostStatus } from '../models/index';
import type { Blog, Comment, Post, PostMeta, PostTags, Tag } from '../models/index';

const meta: PostMeta = { wordCount: 3, summary: null, links: ['https://example.com', null] };
const blog: Blog = { id: 'b1', name: 'Blog', createdAt: '2024-01-01T00:00:00Z', updatedAt: '2024-01-01T00:00:00Z' };
const post: Post = {
  id: 'p1', title: 'Hello', views: 1, blogID: blog.id, blog, meta, status: PostStatus.PUBLISHED,
  keywords: ['a'], scores: [1, null], authorEmail: 'a@example.com', switch: '{}', publishedAt: 1700000000,
  createdAt: '2024-01-01T00:00:00Z', updatedAt: '2024-01-01T00:00:00Z',
};
const draft: PostStatus = 'DRAFT';
const reviewing: PostStatus = PostStatus.IN_REVIEW;
const comment: Comment = { id: 'c1', content: 'Hi', postID: post.id, post, createdAt: '', updatedAt: '' };
const tag: Tag = { id: 't1', label: 'news', createdAt: '', updatedAt: '' };
const link: PostTags = { id: 'pt1', postId: post.id, tagId: tag.id, post, tag, createdAt: '', updatedAt: '' };
const tagged: Post = { ...post, tags: [link], comments: [comment] };
const labels: string[] = (tagged.tags ?? []).flatMap((l) => (l ? [l.tag.label] : []));
export const used = [draft, reviewing, labels];

// @ts-expect-error title is a string
export const wrongType: Post = { ...post, title: 42 };
// @ts-expect-error views is required
export const missing: Post = { ...post, views: undefined };
// @ts-expect-error not a value of the enum
export const wrongEnum: PostStatus = 'ARCHIVED';
// @ts-expect-error createdAt is read-only
post.createdAt = 'now';
// @ts-expect-error keywords holds non-null strings
export const nullKeyword: Post = { ...post, keywords: [null] };
// @ts-expect-error tags hold join records, not tags
export const flatTags: Post = { ...post, tags: [tag] };
`;

/** erasableSyntaxOnly and verbatimModuleSyntax: the settings of type-stripping users. */
const STRICTEST = {
  erasableSyntaxOnly: true,
  verbatimModuleSyntax: true,
  exactOptionalPropertyTypes: true,
};

describe('emitFiles with noApiConfig', () => {
  test('tsx: one models file, compiles with a consumer under the strictest settings', () => {
    const { files, diagnostics } = emitFiles(blogIR({ script: 'tsx' }));
    expect(diagnostics).toEqual([]);
    expect(files.map((f) => f.path)).toEqual(['../models/index.ts']);
    expect(typeCheck(files, CONSUMER, { compilerOptions: STRICTEST }).diagnostics).toEqual([]);
  });

  test('the negative checks really fail without @ts-expect-error', () => {
    const { files } = emitFiles(blogIR());
    const diagnostics = typeCheck(
      files,
      CONSUMER.replaceAll('// @ts-expect-error', '//'),
    ).diagnostics;
    expect(diagnostics).toHaveLength(6);
  });

  test.each([
    ['js', 'es2015', 'es2020'],
    ['jsx', 'es2020', 'esnext'],
  ] as const)(
    '%s (%s, %s) with declarations: runs in Node, the .d.ts files type-check the consumer',
    async (script, target, module) => {
      const { files } = emitFiles(blogIR({ script, target, module, renderTypeDeclarations: true }));
      expect(files.map((f) => f.path)).toEqual(['../models/index.d.ts', '../models/index.js']);
      const loaded = await importGenerated(files, '../models/index.js');
      expect({ ...loaded }).toEqual({
        PostStatus: { DRAFT: 'DRAFT', PUBLISHED: 'PUBLISHED', IN_REVIEW: 'IN_REVIEW' },
      });
      expect(typeCheck(files, CONSUMER, { compilerOptions: STRICTEST }).diagnostics).toEqual([]);
      const js = files.find((f) => f.path.endsWith('.js'))?.contents ?? '';
      expect(usesSyntaxNewerThanES2015(js)).toBe(false);
    },
  );

  test('js without declarations: only JavaScript', () => {
    const { files } = emitFiles(blogIR({ script: 'js', renderTypeDeclarations: false }));
    expect(files.map((f) => f.path)).toEqual(['../models/index.js']);
  });

  test('inlineSourceMap adds a map to the JavaScript only', () => {
    const { files } = emitFiles(
      blogIR({ script: 'js', renderTypeDeclarations: true, inlineSourceMap: true }),
    );
    expect(files.find((f) => f.path.endsWith('.js'))?.contents).toMatch(
      /\n\/\/# sourceMappingURL=data:application\/json;base64,\S+\n$/,
    );
    expect(files.find((f) => f.path.endsWith('.d.ts'))?.contents).not.toContain('sourceMappingURL');
  });

  test('deterministic: two runs give the same bytes', () => {
    for (const script of ['tsx', 'js'] as const) {
      const render = { script, renderTypeDeclarations: true, inlineSourceMap: true };
      expect(emitFiles(blogIR(render))).toEqual(emitFiles(blogIR(render)));
    }
  });
});

describe('emitFiles dispatch and options', () => {
  test('graphQL and dataStore configs do not write the plain model interfaces', () => {
    expect(emitFiles(blogIR({ apiConfiguration: { graphQLConfig: {} } })).files).toEqual([]);
    expect(
      emitFiles(blogIR({ apiConfiguration: { dataStoreConfig: {} } })).files.map((f) => f.path),
    ).not.toContain('../models/index.ts');
  });

  test.each(['/tmp/schema.graphql', '..\\schema.graphql', '../graphql/'])(
    'appSyncSchemaPath %j is an OutputError that names it',
    (appSyncSchemaPath) => {
      const graphQL = blogIR({ apiConfiguration: { graphQLConfig: {} } });
      expect(() => emitFiles(graphQL, { ...DEFAULT_EMIT_OPTIONS, appSyncSchemaPath })).toThrow(
        OutputError,
      );
      expect(() => emitFiles(graphQL, { ...DEFAULT_EMIT_OPTIONS, appSyncSchemaPath })).toThrow(
        JSON.stringify(appSyncSchemaPath),
      );
    },
  );
});
