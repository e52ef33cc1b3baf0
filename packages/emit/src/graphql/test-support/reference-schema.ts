/**
 * Test support: the fixtures this package's GraphQL tests read, from the repository's
 * `fixtures/` directory.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildASTSchema, parse } from 'graphql';
import type { GraphQLSchema } from 'graphql';
import { apiSchemaFromSdl } from '../api-schema/api-schema.js';
import type { ApiSchema } from '../api-schema/api-schema.js';
import { APPSYNC_PRELUDE } from '../appsync-schema/build-appsync-schema.js';
import { readDeployedSchema } from '../deployed-schema/read-deployed-schema.js';

const FIXTURES = fileURLToPath(new URL('../../../../../fixtures/', import.meta.url));

function recipesSdl(): string {
  return APPSYNC_PRELUDE + readFileSync(`${FIXTURES}recipes/appsync.graphql`, 'utf8');
}

/** `fixtures/recipes/appsync.graphql`, the schema AWS deployed, loadable (§1.15). */
export function recipesAppSyncSchema(): GraphQLSchema {
  return buildASTSchema(parse(recipesSdl()));
}

/** The same schema as the generators read it. */
export function recipesApiSchema(): ApiSchema {
  return apiSchemaFromSdl(recipesSdl());
}

/** The parsed `fixtures/recipes/codegen-job.json`. */
export function recipesJob(): unknown {
  return JSON.parse(readFileSync(`${FIXTURES}recipes/codegen-job.json`, 'utf8'));
}

/** The parsed `examples/blog/codegen-job.json`. */
export function blogExampleJob(): unknown {
  return JSON.parse(readFileSync(`${FIXTURES}../examples/blog/codegen-job.json`, 'utf8'));
}

/** Every corpus job but `mock-schemas__schemaWithAssumptions` (a deliberate error), by file stem. */
export function corpusJobs(): [string, unknown][] {
  return readdirSync(`${FIXTURES}corpus`)
    .filter((name) => name.endsWith('.json') && name !== 'mock-schemas__schemaWithAssumptions.json')
    .sort()
    .map((name) => [
      name.replace(/\.json$/, ''),
      JSON.parse(readFileSync(`${FIXTURES}corpus/${name}`, 'utf8')),
    ]);
}

/** The case directories of `fixtures/real` (real SDLs, see its SOURCES.md), sorted. */
export function realCaseNames(): string[] {
  return readdirSync(`${FIXTURES}real`, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** `fixtures/real/<name>/codegen-job.json`, parsed. */
export function realCaseJob(name: string): unknown {
  return JSON.parse(readFileSync(`${FIXTURES}real/${name}/codegen-job.json`, 'utf8'));
}

/** `fixtures/real/<name>/appsync.graphql`, the schema AWS's transformer deploys, loadable (§1.15). */
export function realCaseAppSyncSchema(name: string): GraphQLSchema {
  const sdl = readFileSync(`${FIXTURES}real/${name}/appsync.graphql`, 'utf8');
  return buildASTSchema(readDeployedSchema({ sdl, source: name }).document);
}

/** `fixtures/real/<name>/datastore-schema.js`, the DataStore schema modelgen writes, as data. */
export function realCaseModelgenSchema(name: string): unknown {
  const text = readFileSync(`${FIXTURES}real/${name}/datastore-schema.js`, 'utf8');
  return JSON.parse(text.slice(text.indexOf('{'), text.lastIndexOf('}') + 1));
}
