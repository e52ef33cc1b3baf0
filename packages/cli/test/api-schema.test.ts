import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { repoRoot, runCli, tempProject } from './cli-harness.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** A project with the custom-operations case's job and deployed schema (changed by `change`). */
function project(change: (sdl: string) => string = (s) => s): string {
  const p = tempProject();
  cleanups.push(p.cleanup);
  const fixture = path.join(repoRoot, 'fixtures/custom-operations');
  writeFileSync(
    path.join(p.dir, 'job.json'),
    readFileSync(path.join(fixture, 'codegen-job.json'), 'utf8'),
  );
  const sdl = readFileSync(path.join(fixture, 'appsync.graphql'), 'utf8');
  writeFileSync(path.join(p.dir, 'appsync.graphql'), change(sdl));
  return p.dir;
}

const generate = (dir: string, ...args: string[]) =>
  runCli(['generate', '--job-file', 'job.json', '--out', 'src/ui-components', ...args], {
    cwd: dir,
  });

const nothingWritten = (dir: string) => expect(existsSync(path.join(dir, 'src'))).toBe(false);

describe('generate --api-schema', () => {
  it("writes the deployed API's custom operations, which the job cannot describe", async () => {
    const dir = project();
    const run = await generate(dir, '--api-schema', 'appsync.graphql');
    expect(run.code).toBe(0);
    // Every name is the API's: no warning that names rest on an assumption.
    expect(run.stderr).not.toContain('AssumedNames');
    const queries = readFileSync(path.join(dir, 'src/graphql/queries.ts'), 'utf8');
    expect(queries).toContain('query Echo($message: String!) {\n  echo(message: $message)\n}');
    expect(queries).toContain('productsByShopAndPrice(');
    const types = readFileSync(path.join(dir, 'src/API.ts'), 'utf8');
    expect(types).toContain('export type CloseShopMutationVariables = {');
  });

  it('reads the same API from config "apiSchema"', async () => {
    const dir = project();
    writeFileSync(
      path.join(dir, 'uibuilder-codegen.config.json'),
      JSON.stringify({ job: { file: 'job.json' }, apiSchema: 'appsync.graphql' }),
    );
    const run = await runCli(['generate', '--out', 'src/ui-components'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(readFileSync(path.join(dir, 'src/graphql/mutations.ts'), 'utf8')).toContain(
      'mutation BulkTag($ids: [ID!]!, $tag: String!)',
    );
  });

  it('exits 2 when the file is missing, and writes nothing', async () => {
    const dir = project();
    const run = await generate(dir, '--api-schema', 'nope.graphql');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('API schema file not found');
    nothingWritten(dir);
  });

  it('exits 3 on SDL that does not parse, at its line and column, and writes nothing', async () => {
    const dir = project((s) => s.replace('type Query {', 'type Query {{'));
    const run = await generate(dir, '--api-schema', 'appsync.graphql');
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/appsync\.graphql:38:13: the API schema is neither/);
    nothingWritten(dir);
  });

  it('exits 3 on malformed introspection JSON, at its line and column', async () => {
    const dir = project();
    writeFileSync(path.join(dir, 'schema.json'), '{\n  "data": {\n    "__schema": ,\n  }\n}\n');
    const run = await generate(dir, '--api-schema', 'schema.json');
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/schema\.json:3:\d+: invalid introspection JSON/);
    nothingWritten(dir);
  });

  it("exits 3 when the API lacks the job's models, listing them, and writes nothing", async () => {
    const dir = project((s) => s.replace('type Product {', 'type Item {'));
    const run = await generate(dir, '--api-schema', 'appsync.graphql');
    expect(run.code).toBe(3);
    expect(run.stderr).toContain("has no type for the job's model(s) Product");
    nothingWritten(dir);
  });

  it('warns when the job and the API disagree, and --strict-schema makes it exit 3', async () => {
    const older = (s: string) => s.replace('  price: Float!\n', '  price: Int!\n');
    const dir = project(older);
    const run = await generate(dir, '--api-schema', 'appsync.graphql');
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('/genericDataSchema/models/Product/fields/price');
    expect(run.stderr).toContain('Product.price is Float! in the job but Int! in the deployed API');

    const strict = project(older);
    const strictRun = await generate(strict, '--api-schema', 'appsync.graphql', '--strict-schema');
    expect(strictRun.code).toBe(3);
    expect(strictRun.stderr).toContain('Product.price is Float!');
    nothingWritten(strict);
  });

  it('inspect --api-schema lists how the deployed schema differs from the inferred one', async () => {
    const dir = project();
    const args = ['inspect', '--job-file', 'job.json', '--api-schema', 'appsync.graphql'];
    const run = await runCli(args, { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Deployed API schema appsync.graphql against the schema the job');
    expect(run.stdout).toContain('  + Query.echo (message: String!): String   (only deployed)');
    expect(run.stdout).toMatch(/ {2}- Query\.productsByShopID .* \(only inferred\)/);
    const json = await runCli([...args, '--json'], { cwd: dir });
    const summary = JSON.parse(json.stdout) as { apiSchemaDifferences: { location: string }[] };
    expect(summary.apiSchemaDifferences.map((d) => d.location)).toContain('Mutation.closeShop');
  });

  it('names an Amplify Gen1 build/schema.graphql under the root, and the flag, without reading it', async () => {
    const dir = project((s) => s.replace('type Query {', 'type Query {{'));
    const build = path.join(dir, 'amplify/backend/api/shop/build');
    mkdirSync(build, { recursive: true });
    // Unparsable on purpose: reading it would fail the run.
    copyFileSync(path.join(dir, 'appsync.graphql'), path.join(build, 'schema.graphql'));
    const run = await generate(dir, '--json');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { diagnostics: { code: string; hint: string }[] };
    expect(result.diagnostics.find((d) => d.code === 'Gen1ApiSchemaFound')?.hint).toContain(
      '--api-schema amplify/backend/api/shop/build/schema.graphql',
    );
    const plain = await generate(dir);
    expect(plain.stderr).toContain(
      'An Amplify Gen1 API schema is at amplify/backend/api/shop/build/schema.graphql',
    );
  });
});
