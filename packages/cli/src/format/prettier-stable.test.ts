import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_EMIT_OPTIONS, emitFiles } from '@uibuilder-codegen/emit';
import { normalizeSchema } from '@uibuilder-codegen/transform';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
// @ts-expect-error a plain .mjs module without declarations
import { syntheticJob } from '../../../../bench/synthetic-job.mjs';
import { FULL_RUN, sampleUnlessFull } from '../../../transform/src/test-support/test-scale.js';
import { formatInChunks } from './format-in-chunks.js';
import { withStretchedNames } from './test-support/stretched-names.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const graphQLConfig = {
  typesFilePath: '../API',
  queriesFilePath: '../graphql/queries',
  mutationsFilePath: '../graphql/mutations',
  subscriptionsFilePath: '../graphql/subscriptions',
  fragmentsFilePath: '../graphql/fragments',
};

/** A job's text as a job, with the given `renderConfig.react`. */
function withReact(value: unknown, react: Record<string, unknown>): unknown {
  const wrapped = value as { job?: Record<string, unknown>; genericDataSchema?: unknown };
  const job = wrapped.job ?? { id: 'corpus', genericDataSchema: wrapped.genericDataSchema };
  return { ...job, renderConfig: { react } };
}

function asGraphQLJob(value: unknown): unknown {
  return withReact(value, { script: 'tsx', apiConfiguration: { graphQLConfig } });
}

// Sorted: the sample (test-scale.ts) picks by position, the same jobs for a seed on every machine.
const corpus = readdirSync(path.join(repoRoot, 'fixtures/corpus'))
  .filter((name) => name.endsWith('.json') && !name.includes('schemaWithAssumptions'))
  .sort()
  .map((name) => [name, path.join(repoRoot, 'fixtures/corpus', name)] as const);
const allJobs: (readonly [string, string])[] = [
  ['blog', path.join(repoRoot, 'examples/blog/codegen-job.json')],
  ['recipes', path.join(repoRoot, 'fixtures/recipes/codegen-job.json')],
  ...corpus,
];
// The GraphQL suites (seconds per job) take the blog example and an even sample of the corpus in
// the default run, rotating by the sample seed; `pnpm test:full` adds the rest and the recipes job
// (half a minute alone) (test-scale.ts). The model and DataStore suites take milliseconds per
// job: always all of them.
const jobs = FULL_RUN ? allJobs : [allJobs[0]!, ...sampleUnlessFull(corpus, 4)];

// formatFiles skips files marked prettierStable when the user's config is prettier's default;
// this holds the emitter to that promise, file by file.
describe('files the emitter marks prettierStable', () => {
  it.each([...jobs, ['synthetic', 'synthetic'] as const])(
    'are exactly what prettier prints: %s',
    async (_name, file) => {
      const job =
        file === 'synthetic'
          ? syntheticJob({ models: 24, api: 'graphQL', seed: 7 })
          : asGraphQLJob(JSON.parse(readFileSync(file, 'utf8')));
      const settings = [
        [1, true],
        [2, true],
        [3, true],
        [4, false],
      ] as const;
      // The synthetic job at depths 3 and 4 is a minute of this suite: `pnpm test:full` only.
      const sampled = file === 'synthetic' && !FULL_RUN ? settings.slice(0, 2) : settings;
      for (const [maxDepth, typename] of sampled) {
        const { files } = emitFiles(normalizeSchema(job).ir, {
          ...DEFAULT_EMIT_OPTIONS,
          maxDepth,
          typename,
        });
        for (const generated of files.filter((f) => f.prettierStable)) {
          const formatted = await prettier.format(generated.contents, { parser: 'typescript' });
          expect(generated.contents, `${generated.path} at depth ${maxDepth}`).toBe(formatted);
        }
      }
    },
  );
});

const untyped = { ...graphQLConfig, typesFilePath: '' };
/** The render configs whose statement and fragment files are written without prettier. */
const SCRIPT_RENDERS = [
  ['jsx es2015', { script: 'jsx', target: 'es2015', renderTypeDeclarations: true }, graphQLConfig],
  ['jsx es2020', { script: 'jsx', target: 'es2020', renderTypeDeclarations: true }, graphQLConfig],
  ['jsx untyped', { script: 'jsx', renderTypeDeclarations: true }, untyped],
  ['tsx untyped', { script: 'tsx' }, untyped],
] as const;

/** The statement and fragment files, which this suite requires to be marked. */
const STATEMENT_FILE =
  /^\.\.\/graphql\/(queries|mutations|subscriptions|fragments)\.(js|d\.ts|ts)$/;

// The statement and fragment files of JavaScript (and of untyped TypeScript) hold uncast
// templates, whose GraphQL prettier reformats: the emitter prints it in prettier's embedded style
// (embedded-graphql.ts) and writes the JavaScript without the compiler. Every depth, with and
// without __typename; a file printed twice (the JavaScript of both targets is the same) is
// formatted once.
describe('JavaScript and untyped statement files, marked prettierStable', () => {
  const synthetic = (models: number) => ['synthetic ' + models, `synthetic:${models}`] as const;
  it.each([...jobs, synthetic(24), ...(FULL_RUN ? [synthetic(200)] : [])])(
    'are exactly what prettier prints: %s',
    async (name, file) => {
      const models = /^synthetic:(\d+)$/.exec(file)?.[1];
      const value =
        models === undefined
          ? JSON.parse(readFileSync(file, 'utf8'))
          : syntheticJob({ models: Number(models), api: 'graphQL', seed: 7 });
      // The types file's declaration is the types file with its enum objects declared, which the tsx
      // suite above holds to prettier at every depth: here it is checked at depth 1, below 200
      // models (at depth 4 it is megabytes, and most of this suite's time).
      const large = models === '200';
      const renders = large ? SCRIPT_RENDERS.slice(0, 2) : SCRIPT_RENDERS;
      const formatted = new Map<string, Promise<string>>();
      const format = (contents: string, parser: string) => {
        const key = `${parser}\n${contents}`;
        const known = formatted.get(key) ?? prettier.format(contents, { parser });
        formatted.set(key, known);
        return known;
      };
      for (const [renderName, react, config] of renders) {
        const job = withReact(value, { ...react, apiConfiguration: { graphQLConfig: config } });
        for (const maxDepth of [1, 2, 3, 4]) {
          for (const typename of [true, false]) {
            const { files } = emitFiles(normalizeSchema(job).ir, {
              ...DEFAULT_EMIT_OPTIONS,
              maxDepth,
              typename,
            });
            const at = `${name}, ${renderName}, depth ${maxDepth}, typename ${typename}`;
            const statements = files.filter((f) => STATEMENT_FILE.test(f.path));
            expect(statements.length, at).toBeGreaterThan(0);
            for (const generated of statements)
              expect(generated.prettierStable, `${generated.path}: ${at}`).toBe(true);
            const checked = files.filter(
              (f) =>
                f.prettierStable && (STATEMENT_FILE.test(f.path) || (!large && maxDepth === 1)),
            );
            for (const generated of checked) {
              const parser = generated.path.endsWith('.js') ? 'babel' : 'typescript';
              const want = await format(generated.contents, parser);
              expect(generated.contents, `${generated.path}: ${at}`).toBe(want);
            }
          }
        }
      }
    },
  );
});

describe('model interfaces (noApiConfig), marked prettierStable', () => {
  it.each(allJobs)('are exactly what prettier prints: %s', async (_name, file) => {
    const value = JSON.parse(readFileSync(file, 'utf8')) as { job?: object };
    const job = {
      ...(asGraphQLJob(value) as object),
      renderConfig: { react: { script: 'tsx', apiConfiguration: { noApiConfig: {} } } },
    };
    const { files } = emitFiles(normalizeSchema(job).ir);
    expect(files.every((f) => f.prettierStable)).toBe(true);
    for (const generated of files) {
      const formatted = await prettier.format(generated.contents, { parser: 'typescript' });
      expect(generated.contents, generated.path).toBe(formatted);
    }
  });
});

function asDataStoreJob(value: unknown): unknown {
  const job = asGraphQLJob(value) as object;
  return {
    ...job,
    renderConfig: { react: { script: 'jsx', apiConfiguration: { dataStoreConfig: {} } } },
  };
}

const dataStoreJobs: (readonly [string, () => unknown])[] = [
  ...allJobs.map(
    ([name, file]) => [name, () => asDataStoreJob(JSON.parse(readFileSync(file, 'utf8')))] as const,
  ),
  ['synthetic, 24 models', () => syntheticJob({ models: 24, api: 'dataStore', seed: 7 })],
  ['synthetic, 240 models', () => syntheticJob({ models: 240, api: 'dataStore', seed: 3 })],
  // Names of many lengths, up to hundreds of characters, meet every layout that depends on
  // whether a line fits: members moved to the next line, unions and parameters broken out.
  ...[10, 20, 40, 60, 90, 120, 400].map(
    (maxExtra) =>
      [
        `synthetic, names up to ${maxExtra} characters longer`,
        () => withStretchedNames(syntheticJob({ models: 24, api: 'dataStore' }), maxExtra),
      ] as const,
  ),
];

const DATASTORE_FILES = ['index.d.ts', 'index.js', 'schema.d.ts', 'schema.js'].map(
  (name) => `../models/${name}`,
);

// The whole DataStore package (schema.js is most of a large job's output) skips prettier.
describe('DataStore files (dataStoreConfig), marked prettierStable', () => {
  it.each(dataStoreJobs)('are exactly what prettier prints: %s', async (_name, job) => {
    const { files } = emitFiles(normalizeSchema(job()).ir);
    expect(files.map((f) => f.path)).toEqual(DATASTORE_FILES);
    expect(files.every((f) => f.prettierStable)).toBe(true);
    for (const generated of files) {
      const parser = generated.path.endsWith('.d.ts') ? 'typescript' : 'babel';
      const formatted = await prettier.format(generated.contents, { parser });
      expect(generated.contents, generated.path).toBe(formatted);
    }
  });
});

describe('formatInChunks', () => {
  it('gives the same text as formatting the whole file, for a large generated types file', async () => {
    const { ir } = normalizeSchema(syntheticJob({ models: 40, api: 'graphQL' }));
    const { files } = emitFiles(ir, DEFAULT_EMIT_OPTIONS);
    const options = { parser: 'typescript', singleQuote: true, printWidth: 100 } as const;
    for (const file of files.filter((f) => f.contents.length > 300 * 1024)) {
      const whole = await prettier.format(file.contents, options);
      const chunked = await formatInChunks(file.contents, (text) => prettier.format(text, options));
      expect(chunked.length, file.path).toBe(whole.length);
      expect(chunked === whole, file.path).toBe(true);
    }
    expect(files.some((f) => f.contents.length > 300 * 1024)).toBe(true);
  });
});
