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
