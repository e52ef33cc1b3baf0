/**
 * Test support: the reference cases that have a deployed AppSync schema. Each directory under
 * `fixtures/` holds `codegen-job.json`, `appsync.graphql` (the schema AWS's transformer deploys
 * for the case's `model.graphql`) and `aws-statements/{queries,mutations,subscriptions}.ts`
 * (AWS's `generateStatements` for that schema at maxDepth 3; `fixtures/custom-operations/README.md`
 * says how they are made). Add a case by adding its directory here.
 */
import { readFileSync } from 'node:fs';
import { buildASTSchema, parse, print, validate } from 'graphql';
import { fileURLToPath } from 'node:url';
import { normalizeSchema } from '@uibuilder-codegen/transform';
import type { SchemaIR } from '@uibuilder-codegen/transform';
import { readDeployedSchema } from '../deployed-schema/read-deployed-schema.js';
import type { DeployedApiSchema } from '../deployed-schema/deployed-api-schema.js';

const FIXTURES = fileURLToPath(new URL('../../../../../fixtures/', import.meta.url));

/** Directories under `fixtures/`, one per case. */
export const DEPLOYED_CASES: readonly string[] = [
  'recipes',
  'custom-operations',
  'real/declared-implicit-fk',
  'real/gen1-docs',
  'real/index-sort-key',
  'real/js-globals',
  'real/model-arguments',
  'real/model-named-then',
  'real/non-model-holds-model',
  'real/owner-auth',
  'real/references-docs',
  'real/references-repro',
  'real/renamed-timestamps',
];

/** One case, read. */
export interface DeployedCase {
  readonly name: string;
  readonly ir: SchemaIR;
  readonly apiSchema: DeployedApiSchema;
  /** AWS's statement files by kind (`queries`, `mutations`, `subscriptions`) that exist. */
  readonly awsStatements: ReadonlyMap<string, string>;
  /** AWS's `generateTypes` output (`API.ts`) for the same documents. */
  readonly awsTypes: string;
}

/** Reads the case in `fixtures/<name>`. */
export function deployedCase(name: string): DeployedCase {
  const dir = `${FIXTURES}${name}/`;
  const job: unknown = JSON.parse(readFileSync(`${dir}codegen-job.json`, 'utf8'));
  const sdl = readFileSync(`${dir}appsync.graphql`, 'utf8');
  const awsStatements = new Map<string, string>();
  for (const kind of ['queries', 'mutations', 'subscriptions']) {
    try {
      awsStatements.set(kind, readFileSync(`${dir}aws-statements/${kind}.ts`, 'utf8'));
    } catch {
      // A schema without subscriptions has no subscriptions file.
    }
  }
  return {
    name,
    ir: normalizeSchema(job).ir,
    apiSchema: readDeployedSchema({ sdl, source: `fixtures/${name}/appsync.graphql` }),
    awsStatements,
    awsTypes: readFileSync(`${dir}aws-statements/API.ts`, 'utf8'),
  };
}

/** The `export const name = /* GraphQL *\/ \`…\`` documents of a statements file, by name. */
export function exportedDocuments(source: string): Map<string, string> {
  const documents = new Map<string, string>();
  for (const match of source.matchAll(/export const (\w+) =\s*\/\* GraphQL \*\/ `([^`]*)`/g))
    documents.set(match[1] ?? '', match[2] ?? '');
  return documents;
}

/** A document after parse and print, so that layout does not count. */
export function normalisedDocument(document: string): string {
  return print(parse(document));
}

/** The messages of validating `document` against a deployed AppSync SDL (its scalars added). */
export function validationMessages(appSyncSdl: string, document: string): string[] {
  const schema = buildASTSchema(readDeployedSchema({ sdl: appSyncSdl, source: 'sdl' }).document);
  return validate(schema, parse(document)).map((e) => e.message);
}
