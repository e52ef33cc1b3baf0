import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { emitFiles } from '@uibuilder-codegen/emit';
import { normalizeSchema } from '@uibuilder-codegen/transform';
import { afterAll, describe, expect, it } from 'vitest';
import { generateInProcess, repoRoot, runCli } from './cli-harness.js';

// Under packages/cli/.tmp, with node_modules linked to emit's, which has @aws-amplify/datastore.
const scratch = path.join(repoRoot, 'packages/cli/.tmp');
mkdirSync(scratch, { recursive: true });
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

interface DataStoreSchema {
  models: Record<string, { fields: Record<string, unknown>; attributes: { type: string }[] }>;
  nonModels: Record<string, unknown>;
  enums: Record<string, unknown>;
}

/**
 * The case's job with a dataStoreConfig render config, generated with the model SDL in a project:
 * through the CLI when `cli`, else through the library in this process (the same generation,
 * without a process's start-up for each case).
 */
async function generateDataStore(name: string, modelSdl: string, cli: boolean): Promise<string> {
  const dir = mkdtempSync(path.join(scratch, `${name.replace('/', '-')}-`));
  made.push(dir);
  symlinkSync(path.join(repoRoot, 'packages/emit/node_modules'), path.join(dir, 'node_modules'));
  writeFileSync(path.join(dir, 'package.json'), '{ "type": "module" }\n');
  const job = JSON.parse(
    readFileSync(path.join(repoRoot, `fixtures/${name}/codegen-job.json`), 'utf8'),
  ) as { job: { renderConfig: { react: Record<string, unknown> } } };
  job.job.renderConfig.react['apiConfiguration'] = { dataStoreConfig: {} };
  writeFileSync(path.join(dir, 'job.json'), JSON.stringify(job));
  const run = cli
    ? await runCli(['generate', '--job-file', 'job.json', '--model-schema', modelSdl], { cwd: dir })
    : await generateInProcess({ job: { file: 'job.json' }, modelSchema: modelSdl, cwd: dir });
  expect(run.stderr).not.toContain('Error');
  expect(run.code).toBe(0);
  return dir;
}

async function importFrom<T>(file: string): Promise<T> {
  return (await import(pathToFileURL(file).href)) as T;
}

/** What AWS's schema and ours are compared on (`version` hashes the SDL, `codegenVersion` the tool). */
function compared(schema: DataStoreSchema): DataStoreSchema {
  return { models: schema.models, nonModels: schema.nonModels, enums: schema.enums };
}

/** AWS's generateModels schema.js of a case (`make-case.mjs` names it `datastore-schema.js`). */
function awsDataStoreSchema(name: string): string {
  const named = path.join(repoRoot, `fixtures/${name}/aws-datastore-schema.js`);
  return existsSync(named) ? named : path.join(repoRoot, `fixtures/${name}/datastore-schema.js`);
}

/**
 * The cases whose DataStore schema.js equals AWS's with the model SDL, `@auth` rules and `@model`
 * arguments included. Without the SDL every one differs: the job has no `@auth` rules (nor index
 * sort keys, names, list nullability or `@model` arguments).
 */
const MODEL_SCHEMA_CASES: readonly { name: string }[] = [
  { name: 'recipes' },
  { name: 'custom-operations' },
  { name: 'real/declared-implicit-fk' },
  { name: 'real/gen1-docs' },
  { name: 'real/index-sort-key' },
  { name: 'real/js-globals' },
  { name: 'real/model-arguments' },
  { name: 'real/model-named-then' },
  { name: 'real/non-model-holds-model' },
  { name: 'real/owner-auth' },
  { name: 'real/references-docs' },
  { name: 'real/references-repro' },
  { name: 'real/renamed-timestamps' },
];

describe.each(MODEL_SCHEMA_CASES)('generate --model-schema on $name', ({ name }) => {
  const modelSdl = path.join(repoRoot, `fixtures/${name}/model.graphql`);
  // The first case runs the CLI with the flag; the others, the library with the same option.
  const cli = name === MODEL_SCHEMA_CASES[0]?.name;

  it("writes AWS's generateModels schema.js: fields, associations, keys and indexes", async () => {
    const dir = await generateDataStore(name, modelSdl, cli);
    const ours = await importFrom<{ schema: DataStoreSchema }>(
      path.join(dir, 'src/models/schema.js'),
    );
    const aws = await importFrom<{ schema: DataStoreSchema }>(awsDataStoreSchema(name));
    expect(compared(ours.schema)).toEqual(compared(aws.schema));
    // And DataStore itself accepts it: initSchema builds every model class (in a process of its
    // own: initSchema keeps the first schema it is given).
    // A static import: a models module that exports `then` (real/model-named-then) is a thenable.
    const probe =
      "import * as m from './src/models/index.js'; console.log(Object.keys(m).filter((k) => typeof m[k] === 'function').join(','))";
    const classes = execFileSync(process.execPath, ['--input-type=module', '-e', probe], {
      cwd: dir,
      encoding: 'utf8',
    });
    for (const model of Object.keys(ours.schema.models))
      expect(classes.trim().split(',')).toContain(model);
  });

  // In-process, transform and emit alone: the same job, emitted without the SDL.
  it('differs from AWS without the model SDL, which is what the flag is for', async () => {
    const job = JSON.parse(
      readFileSync(path.join(repoRoot, `fixtures/${name}/codegen-job.json`), 'utf8'),
    ) as { job: { renderConfig: { react: Record<string, unknown> } } };
    job.job.renderConfig.react['apiConfiguration'] = { dataStoreConfig: {} };
    const { files } = emitFiles(normalizeSchema(job).ir);
    const dir = mkdtempSync(path.join(scratch, `${name.replace('/', '-')}-job-only-`));
    made.push(dir);
    const file = path.join(dir, 'schema.mjs');
    writeFileSync(file, files.find((f) => f.path === '../models/schema.js')?.contents ?? '');
    const ours = await importFrom<{ schema: DataStoreSchema }>(file);
    const aws = await importFrom<{ schema: DataStoreSchema }>(awsDataStoreSchema(name));
    expect(compared(ours.schema)).not.toEqual(compared(aws.schema));
  });
});

describe('--model-schema errors', () => {
  it('exits 2 for a missing path and 3 for SDL that does not parse, at its line and column', async () => {
    const dir = mkdtempSync(path.join(scratch, 'errors-'));
    made.push(dir);
    writeFileSync(
      path.join(dir, 'job.json'),
      readFileSync(path.join(repoRoot, 'fixtures/recipes/codegen-job.json'), 'utf8'),
    );
    const missing = await runCli(['generate', '--job-file', 'job.json', '--model-schema', 'x'], {
      cwd: dir,
    });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Model schema not found');
    writeFileSync(path.join(dir, 'schema.graphql'), 'type Post @model {\n  id: ID!!\n}\n');
    const bad = await runCli(
      ['generate', '--job-file', 'job.json', '--model-schema', 'schema.graphql'],
      { cwd: dir },
    );
    expect(bad.code).toBe(3);
    expect(bad.stderr).toMatch(/schema\.graphql:2:10: the model schema is not GraphQL SDL/);
  });
});

describe('inspect --model-schema', () => {
  it('lists what the model SDL changes, and holds the rest against the deployed schema', async () => {
    const fixture = path.join(repoRoot, 'fixtures/real/model-arguments');
    const args = ['inspect', '--job-file', path.join(fixture, 'codegen-job.json')];
    const sdl = ['--model-schema', path.join(fixture, 'model.graphql')];
    const run = await runCli([...args, ...sdl], { cwd: repoRoot });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('    operations: fetchPost, createPost, updatePost, deletePost\n');
    expect(run.stdout).toContain('  + Query.fetchPost (id: ID!): Post   (only model SDL)\n');
    expect(run.stdout).toContain('  - Mutation.deleteDraft ');
    // With the deployed schema too, the two agree (an input no operation takes is no difference).
    const both = await runCli(
      [...args, ...sdl, '--api-schema', path.join(fixture, 'appsync.graphql'), '--json'],
      { cwd: repoRoot },
    );
    expect(both.code).toBe(0);
    const result = JSON.parse(both.stdout) as { apiSchemaDifferences: { location: string }[] };
    expect(result.apiSchemaDifferences.map((d) => d.location)).toEqual([]);
  });
});
