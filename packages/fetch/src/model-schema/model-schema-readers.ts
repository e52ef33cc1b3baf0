/**
 * The model SDL readers as the package exports them, each loaded on first use: they bring
 * graphql-js's parser, which a run from a job file never needs, and every CLI start would pay
 * for it (BENCHMARKS.md, start-up).
 */
import type { ModelSchemaFacts } from '@uibuilder-codegen/core';
import type { FetchBackendModelsOptions } from './fetch-backend-models.js';

/**
 * Reads the model SDL of `--model-schema <file|folder>` into its facts (`read-model-schema-files.ts`).
 *
 * @throws `UsageError` (exit 2) for a missing path; `JobSourceError` (exit 3) for SDL that does
 *   not parse, at `file:line:column`.
 */
export async function readModelSchemaFiles(
  location: string,
  name = location,
): Promise<ModelSchemaFacts> {
  const { readModelSchemaFiles: read } = await import('./read-model-schema-files.js');
  return read(location, name);
}

/**
 * Fetches an API's model SDL with AmplifyBackend `GetBackendAPIModels` and reads its facts
 * (`fetch-backend-models.ts`).
 *
 * @throws `UsageError` for a missing id; `ServiceError` (exit 4) for AWS or network problems,
 *   secrets removed; `JobSourceError` (exit 3) for SDL that does not parse.
 */
export async function fetchBackendModels(
  options: FetchBackendModelsOptions,
): Promise<ModelSchemaFacts> {
  const { fetchBackendModels: fetchModels } = await import('./fetch-backend-models.js');
  return fetchModels(options);
}
