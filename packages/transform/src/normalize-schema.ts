/**
 * `normalizeSchema`: the transform's entry point. It reads the job, then runs small named passes,
 * each IR in → IR out (STYLE.md): `applyFeatures`, `resolveTypes`, `addImplicitFields`,
 * `resolveRelations`, `assignNames`, `computeIndexQueries`, `buildOperations`, `listAssumptions`,
 * `checkCollisions`.
 */
import { addImplicitFields } from './add-implicit-fields.js';
import { applyModelSchema } from './apply-model-schema.js';
import { applyFeatures } from './apply-features.js';
import { assignNames } from './assign-names.js';
import { buildOperations } from './build-operations.js';
import { checkCollisions } from './check-collisions.js';
import { checkNonModelInputs } from './check-non-model-inputs.js';
import { computeIndexQueries } from './compute-index-queries.js';
import { diagnostic, SchemaError } from '@uibuilder-codegen/core';
import type { Diagnostic, ModelSchemaFacts } from '@uibuilder-codegen/core';
import type { NormalizeResult, SchemaIR } from './ir.js';
import type { Pass } from './pass.js';
import { listAssumptions } from './list-assumptions.js';
import { indexRawSchema } from './raw-schema.js';
import { readJob } from './read-job.js';
import { resolveRelations } from './resolve-relations.js';
import { resolveTypes } from './resolve-types.js';

/** Options for {@link normalizeSchema}. */
export interface NormalizeOptions {
  /** Treat warnings as errors. @default false */
  readonly strict?: boolean;
  /** What the Amplify model SDL says beyond the job (`--model-schema`). @default undefined */
  readonly modelSchema?: ModelSchemaFacts;
}

/** The passes after reading, in order. */
const PASSES: readonly Pass[] = [
  checkNonModelInputs,
  addImplicitFields,
  resolveRelations,
  assignNames,
  computeIndexQueries,
  buildOperations,
  listAssumptions,
  checkCollisions,
];

function run(
  input: unknown,
  modelSchema: ModelSchemaFacts | undefined,
): { ir: SchemaIR; diagnostics: readonly Diagnostic[] } {
  const read = readJob(input);
  const featured = applyFeatures(read.raw, read.features);
  const raw = indexRawSchema(featured.raw);
  const typed = resolveTypes(featured.raw, read, modelSchema);
  let ir = typed.ir;
  const diagnostics: Diagnostic[] = [
    ...read.diagnostics,
    ...featured.diagnostics,
    ...typed.diagnostics,
  ];
  for (const pass of PASSES) {
    // The model SDL's indexes replace the guessed index queries before operations are named.
    if (pass === buildOperations && modelSchema !== undefined) {
      const applied = applyModelSchema(ir, modelSchema);
      ir = applied.ir;
      diagnostics.push(...applied.diagnostics);
    }
    const result = pass(ir, raw);
    ir = result.ir;
    diagnostics.push(...result.diagnostics);
  }
  return { ir, diagnostics };
}

/**
 * Normalises a codegen job into the IR (DESIGN.md §3).
 *
 * `job` may be the CLI's `{"job": {...}}` wrapper, the bare job, or a bare `{ genericDataSchema }`
 * object. Diagnostic paths are JSON pointers relative to the job object in every case
 * (`/genericDataSchema/models/Post/fields/author/relationship/relatedModelName`), not to the wrapper.
 *
 * @returns the IR and the warnings and infos, in the order they were found.
 * @throws {SchemaError} when any error diagnostic exists (or, with `strict`, any warning); it
 * carries every diagnostic. Nothing else is ever thrown, whatever `job` is.
 */
export function normalizeSchema(job: unknown, options: NormalizeOptions = {}): NormalizeResult {
  let result: { ir: SchemaIR; diagnostics: readonly Diagnostic[] };
  try {
    result = run(job, options.modelSchema);
  } catch (cause) {
    // A bug must still surface as the typed error the CLI maps to exit code 3, never as a crash.
    const detail = cause instanceof Error ? cause.message : String(cause);
    throw new SchemaError([diagnostic('InternalError', '', { detail })]);
  }
  const promote = options.strict === true;
  const diagnostics = promote
    ? result.diagnostics.map((d) =>
        d.severity === 'warning' ? { ...d, severity: 'error' as const } : d,
      )
    : result.diagnostics;
  if (diagnostics.some((d) => d.severity === 'error')) throw new SchemaError(diagnostics);
  return { ir: result.ir, diagnostics };
}
