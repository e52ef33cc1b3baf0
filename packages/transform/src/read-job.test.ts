import { describe, expect, it } from 'vitest';
import type { ReactRenderConfig } from '@uibuilder-codegen/core';
import { normalizeSchema } from './normalize-schema.js';
import { diagnosticsOf } from './test-support/bad-input-helpers.js';
import { codesAt } from './test-support/fixtures.js';
import { sampleJob } from './test-support/sample-job.js';

type Job = ReturnType<typeof sampleJob>;
const GRAPHQL = '/renderConfig/react/apiConfiguration/graphQLConfig';
function given(edit: (job: Job) => void): Job {
  const job = sampleJob();
  edit(job);
  return job;
}

describe('render config, features and dependencies', () => {
  it.each([
    [
      'graphQLConfig',
      given(() => undefined),
      {
        kind: 'graphQL',
        types: { stem: '../API', path: `${GRAPHQL}/typesFilePath` },
        queries: { stem: '../graphql/queries', path: `${GRAPHQL}/queriesFilePath` },
        mutations: undefined,
        subscriptions: undefined,
        fragments: undefined,
        typesImports: { query: '../API', mutation: '', subscription: '' },
      },
    ],
    [
      'dataStoreConfig',
      given((j) => (j.renderConfig.react.apiConfiguration = { dataStoreConfig: {} })),
      { kind: 'dataStore', directory: '../models' },
    ],
    [
      'noApiConfig',
      given((j) => (j.renderConfig.react.apiConfiguration = { noApiConfig: {} })),
      {
        kind: 'noApi',
        models: {
          stem: '../models/index',
          path: '/renderConfig/react/apiConfiguration/noApiConfig',
        },
      },
    ],
    [
      'no apiConfiguration',
      given((j) => delete j.renderConfig.react.apiConfiguration),
      { kind: 'dataStore', directory: '../models' },
    ],
    [
      'no renderConfig',
      given((j) => delete j.renderConfig),
      { kind: 'dataStore', directory: '../models' },
    ],
  ])('%s', (_name, job, api) => {
    expect(normalizeSchema(job).ir.render.api).toEqual(api);
  });

  it('a missing apiConfiguration is DataStore with an info, as AWS codegen-ui does', () => {
    const { diagnostics } = normalizeSchema(
      given((j) => delete j.renderConfig.react.apiConfiguration),
    );
    expect(codesAt(diagnostics, 'info')).toContain(
      'DefaultApiConfiguration /renderConfig/react/apiConfiguration',
    );
  });

  it('applies defaults to the render options', () => {
    const { ir } = normalizeSchema(given((j) => (j.renderConfig = { react: {} })));
    expect(ir.render.output).toEqual({ language: 'ts' });
  });

  it.each<[ReactRenderConfig, object]>([
    [{ script: 'jsx' }, { declarations: false, direct: true, target: 'es2020', module: 'es2020' }],
    [
      { script: 'js', target: 'es2015', module: 'esnext', renderTypeDeclarations: true },
      { declarations: true, direct: true, target: 'es2015', module: 'esnext' },
    ],
    // Only the compiler writes a source map, so the JavaScript is transpiled then.
    [
      { script: 'jsx', inlineSourceMap: true },
      { declarations: false, direct: false, target: 'es2020', module: 'es2020' },
    ],
  ])('decides the JavaScript output of %j once', (react, want) => {
    const { ir } = normalizeSchema(
      given((j) => (j.renderConfig.react = { ...j.renderConfig.react, ...react })),
    );
    expect(ir.render.output).toEqual({
      language: 'js',
      inlineSourceMap: react.inlineSourceMap ?? false,
      ...want,
    });
  });

  it.each([
    ['an absolute path', '/tmp/API', 'is absolute'],
    ['a Windows drive path', 'C:\\outside\\API', 'backslash'],
    ['a NUL byte', '../AP\u0000I', 'NUL byte'],
    ['a directory', '../graphql/', 'names a directory'],
    ['no file name', '../.ts', 'no file name'],
  ])('refuses %s as a bad job, at the JSON pointer of the path', (_name, path, reason) => {
    const job = given((j) => {
      (j.renderConfig.react.apiConfiguration.graphQLConfig as Record<string, string>)[
        'queriesFilePath'
      ] = path;
    });
    const { thrown, diagnostics } = diagnosticsOf(job);
    expect(thrown).toBe(true);
    const [found] = diagnostics;
    expect(found).toMatchObject({
      code: 'InvalidOutputPath',
      path: `${GRAPHQL}/queriesFilePath`,
    });
    expect(found?.message).toContain(reason);
    expect(found?.message).toContain(JSON.stringify(path));
    expect(found?.hint).toContain('"../graphql/queries"');
  });

  it('refuses a statements path that cannot import the types file', () => {
    const job = given((j) => {
      (j.renderConfig.react.apiConfiguration.graphQLConfig as Record<string, string>)[
        'queriesFilePath'
      ] = '../../x/queries';
    });
    const { thrown, diagnostics } = diagnosticsOf(job);
    expect(thrown).toBe(true);
    const errors = diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => `${d.code} ${d.path}`)).toEqual([
      `UnreachableTypesFile ${GRAPHQL}/queriesFilePath`,
    ]);
  });

  it('reads render and job dependencies', () => {
    const { ir } = normalizeSchema(
      given((j) => {
        j.renderConfig.react.dependencies = { 'aws-amplify': '^6.0.0' };
        j.dependencies = [
          {
            name: '@aws-amplify/ui-react',
            supportedVersion: '^6.0.0',
            isSemVer: true,
            reason: 'Required for UI',
          },
        ];
      }),
    );
    expect({ ...ir.render.dependencies }).toEqual({ 'aws-amplify': '^6.0.0' });
    expect(ir.dependencies).toEqual([
      {
        name: '@aws-amplify/ui-react',
        supportedVersion: '^6.0.0',
        isSemVer: true,
        reason: 'Required for UI',
      },
    ]);
  });

  it('isRelationshipSupported = false drops relationship fields, with an info each', () => {
    const { ir, diagnostics } = normalizeSchema(
      given((j) => (j.features.isRelationshipSupported = false)),
    );
    expect(ir.models.flatMap((m) => m.fields.filter((f) => f.type.kind === 'model'))).toEqual([]);
    expect(ir.models.flatMap((m) => m.indexQueries)).toEqual([]);
    expect(ir.features.relationships).toBe(false);
    expect(codesAt(diagnostics, 'info')).toEqual(
      expect.arrayContaining([
        'FieldDroppedByFeature /genericDataSchema/models/Post/fields/comments',
        'FieldDroppedByFeature /genericDataSchema/models/Comment/fields/post',
      ]),
    );
  });

  it('isNonModelSupported = false drops non-model fields and non-models, with infos', () => {
    const { ir, diagnostics } = normalizeSchema(
      given((j) => (j.features.isNonModelSupported = false)),
    );
    expect(ir.nonModels).toEqual([]);
    expect(ir.models[0]?.fields.map((f) => f.name)).not.toContain('meta');
    expect(codesAt(diagnostics, 'info')).toEqual(
      expect.arrayContaining([
        'FieldDroppedByFeature /genericDataSchema/models/Post/fields/meta',
        'NonModelDroppedByFeature /genericDataSchema/nonModels/Meta',
      ]),
    );
  });

  it('accepts the bare job, the {"job": ...} wrapper and a bare {genericDataSchema} alike', () => {
    const job = sampleJob();
    const bare = normalizeSchema(job).ir.models;
    expect(normalizeSchema({ job }).ir.models).toEqual(bare);
    expect(normalizeSchema({ genericDataSchema: job.genericDataSchema }).ir.models).toEqual(bare);
  });

  it('orders fields as the API does: declared, then added timestamps, then implicit foreign keys', () => {
    const job = given((j) => {
      const fields = j.genericDataSchema.models.Comment.fields;
      delete fields.postID;
      fields.post.relationship.associatedFields = ['postCommentsId'];
      j.genericDataSchema.models.Post.fields.comments.relationship.relatedModelFields = [
        'postCommentsId',
      ];
    });
    const { ir, diagnostics } = normalizeSchema(job);
    const comment = ir.models[1];
    expect(comment?.fields.map((f) => `${f.name}:${f.origin}`)).toEqual([
      'id:declared',
      'content:declared',
      'post:declared',
      'createdAt:timestamp',
      'updatedAt:timestamp',
      'postCommentsId:implicitForeignKey',
    ]);
    expect(comment?.fields.find((f) => f.name === 'createdAt')).toMatchObject({
      required: true,
      readOnly: true,
    });
    expect(codesAt(diagnostics, 'info')).toContain(
      'ImplicitForeignKey /genericDataSchema/models/Post/fields/comments/relationship/relatedModelFields/0',
    );
    expect(ir.models.flatMap((m) => m.indexQueries)).toEqual([]);
  });
});
