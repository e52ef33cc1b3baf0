/**
 * The diagnostics of emit: DataStore packages that could not load, selection sets too shallow or
 * too large, and a deployed AppSync schema that cannot be read or disagrees with the job.
 */
import type { CatalogueEntries } from './catalogue-entry.js';

/** The payload each emit code takes. `source` names the API schema (a file name or an API id). */
export interface EmitDiagnosticPayloads {
  /** `owner` is the type whose `Eager`/`Lazy` helper type `name` is, if it is one. */
  DataStoreNameCollision: { name: string; owner: string | undefined };
  /** The models of the cycle, in belongsTo order, from the first one placed. */
  DataStoreCycle: { cycle: readonly string[] };
  ShallowMaxDepth: { maxDepth: number };
  LargeSelectionSets: { bytes: number; maxDepth: number };
  UnsupportedApiOperation: { fields: readonly string[]; source: string };
  UnreadableApiSchema: { source: string; reason: string };
  ApiSchemaWithoutModels: { source: string; models: readonly string[] };
  /** `difference` is one sentence (no period) saying what differs. */
  JobDisagreesWithApiSchema: { source: string; difference: string };
}

/** The entries of {@link EmitDiagnosticPayloads}. */
export const EMIT_DIAGNOSTICS: CatalogueEntries<EmitDiagnosticPayloads> = {
  DataStoreNameCollision: {
    severity: 'error',
    message: (p) => {
      const clash =
        p.owner === undefined
          ? `a name the DataStore package imports or declares`
          : `the helper type the DataStore package declares for ${p.owner}`;
      return `${p.name} is ${clash}, so the DataStore models would not load or compile`;
    },
    hint: (p) =>
      `Rename ${p.name} in the data model, or use graphQLConfig instead of dataStoreConfig.`,
  },
  DataStoreCycle: {
    severity: 'error',
    message: (p) =>
      `DataStore cannot order models whose belongsTo fields form a cycle (${[...p.cycle, p.cycle[0]].join(' -> ')}): ` +
      'initSchema would throw "Models are not topologically sortable"',
    hint: () =>
      'Make one belongsTo in the cycle a hasOne (or drop it) so that some model in the cycle has ' +
      'no parent, or use graphQLConfig instead of dataStoreConfig for this schema.',
  },
  ShallowMaxDepth: {
    severity: 'warning',
    message: (p) =>
      `maxDepth ${p.maxDepth} is too shallow for related models: get queries select no connection items and list items lose non-model fields`,
    hint: () => 'Use --max-depth 3 (the default) or more to select related items.',
  },
  LargeSelectionSets: {
    severity: 'warning',
    message: (p) =>
      `The GraphQL documents total ${Math.round(p.bytes / 1024)} KiB at maxDepth ${p.maxDepth}: relationships are unrolled in cycles`,
    hint: () =>
      'Turn on pruneCycles (never re-enter a model already on the path) or lower --max-depth.',
  },
  UnsupportedApiOperation: {
    severity: 'warning',
    message: (p) =>
      `No statement for ${p.fields.join(', ')} (${p.source}): it returns an interface or a union`,
    hint: () => 'Write these documents by hand; every other operation of the API is generated.',
  },
  UnreadableApiSchema: {
    severity: 'error',
    message: (p) =>
      `${p.source}: the API schema is neither GraphQL SDL nor an introspection result: ${p.reason}`,
    hint: () =>
      'Give the file `aws appsync get-introspection-schema --format SDL` writes, or Amplify Gen1 amplify/backend/api/<name>/build/schema.graphql.',
  },
  ApiSchemaWithoutModels: {
    severity: 'error',
    message: (p) =>
      `The API schema ${p.source} has no type for the job's model(s) ${p.models.join(', ')}`,
    hint: () =>
      'Give the schema of the API this job belongs to (the same app and environment), or regenerate the job after deploying.',
  },
  JobDisagreesWithApiSchema: {
    severity: 'warning',
    message: (p) =>
      `${p.difference} (${p.source}); the job is older or newer than the deployed API`,
    hint: () =>
      'The deployed API wins for operations and types. Regenerate the job, or deploy, so that they agree; --strict-schema makes this an error.',
  },
};
