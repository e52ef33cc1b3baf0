import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { emitFiles, SCHEMA_DISAGREEMENT } from '@uibuilder-codegen/emit';
import { redactKnownSecrets } from '@uibuilder-codegen/fetch';
import { normalizeSchema } from '@uibuilder-codegen/transform';
import { SchemaError } from '@uibuilder-codegen/core';
import type { EmitResult, GeneratedFile } from '@uibuilder-codegen/emit';
import type { CodegenJob, Diagnostic } from '@uibuilder-codegen/core';
import { applyConfig, type ResolvedGenerateOptions } from '../config/apply-config.js';
import { COLLECT_AFTER_BYTES, collectGarbage } from './collect-garbage.js';
import { joinComponentFiles, loadComponents } from '../components/index.js';
import { formatFiles } from '../format/format-files.js';
import { planAndWrite } from '../output/output-transaction.js';
import { gen1SchemaHint } from './find-gen1-schema.js';
import { loadApiSchema, loadModelSchema } from './load-api-schema.js';
import { loadJob } from './load-job.js';
import type { FileResult, GenerateOptions } from './options.js';
import type { GenerateResult } from './result.js';
import { checkRoot, validateGenerateOptions } from './validate-options.js';

/** From this many models on, each stage reports progress. */
const LARGE_SCHEMA_MODELS = 200;

/**
 * Generates the files a codegen job asks for (DESIGN.md §4–6): loads the job, normalises it,
 * emits, formats, then writes only what changed (`write`), reports drift (`check`), or lists what
 * would change (`dry-run`). Everything is prepared in memory first: when anything fails, nothing is
 * written. Throws the typed errors of `@uibuilder-codegen/transform`; never prints unless given a
 * `logger`, never exits the process. With `config`, the config file fills the options not given.
 */
export async function generate(given: GenerateOptions): Promise<GenerateResult> {
  const options = await applyConfig(validateGenerateOptions(given));
  const { cwd, root, outDir } = options;
  checkRoot(root);
  const mode = options.mode;
  const timings: Record<string, number> = {};
  const timed = async <T>(stage: string, work: () => T | Promise<T>): Promise<T> => {
    options.signal?.throwIfAborted();
    options.logger?.debug(`${stage}…`);
    const started = performance.now();
    try {
      return await work();
    } finally {
      timings[stage] = Math.round(performance.now() - started);
    }
  };

  const job = await timed('load', () =>
    loadJob(options.job, {
      cwd,
      waitSeconds: options.waitSeconds,
      requestTimeout: options.requestTimeout,
      logger: options.logger,
      ...(options.signal ? { signal: options.signal } : {}),
    }),
  );
  const { jobId, transformDiagnostics, emitted, large } = await emitJob(job, options, {
    timed,
    timings,
  });
  const gen1 = options.apiSchema === undefined ? gen1SchemaHint(root) : undefined;
  if (gen1 !== undefined) options.logger?.info(`${gen1.message}. ${gen1.hint}`);
  const allDiagnostics = [
    ...transformDiagnostics,
    ...(gen1 === undefined ? [] : [gen1]),
    ...(options.strictSchema ? emitted.diagnostics.map(strictly) : emitted.diagnostics),
  ];
  if (allDiagnostics.some((d) => d.severity === 'error')) throw new SchemaError(allDiagnostics);
  const bytes = emitted.files.reduce((sum, f) => sum + f.contents.length, 0);
  if (large || emitted.files.length > 20) {
    options.logger?.progress?.(
      `Emitted ${emitted.files.length} files, ${(bytes / 1e6).toFixed(1)} MB (${timings['emit']} ms); formatting…`,
    );
  }
  if (bytes >= COLLECT_AFTER_BYTES) collectGarbage();
  // The job's own React components join our files here, after formatting (they are AWS's code,
  // written as the asset holds it), so that one plan, manifest and write cover them all.
  const components = options.components
    ? await timed('components', () =>
        loadComponents(job, {
          ...(options.signal ? { signal: options.signal } : {}),
          // --request-timeout bounds every request, the asset's download included.
          ...(options.requestTimeout === undefined
            ? {}
            : { download: { timeoutMs: options.requestTimeout * 1000 } }),
        }),
      )
    : [];
  const files = joinComponentFiles(
    await timed('format', () =>
      formatFiles(withoutKnownSecrets(emitted.files), {
        outDir,
        root,
        enabled: options.format,
      }),
    ),
    components,
  );
  const jobFile = 'file' in options.job && options.job.file !== '-' ? options.job.file : undefined;
  // Plan and write are one stage here: the lock is held across both (output-transaction.ts).
  const plan = await timed(mode === 'write' ? 'write' : 'plan', () =>
    planAndWrite(
      {
        root,
        outDir,
        jobId: redactKnownSecrets(jobId),
        files,
        jobFile: jobFile === undefined ? undefined : path.resolve(cwd, jobFile),
        write: mode === 'write',
        lockTimeoutMs: options.lockTimeoutSeconds * 1000,
      },
      { force: options.force, ...(options.signal ? { signal: options.signal } : {}) },
    ),
  );
  const drift = mode === 'check' && plan.files.some((file) => file.status !== 'unchanged');
  const diffOf = drift ? await checkDiffs() : undefined;
  const results: FileResult[] = plan.files.map((file) => ({
    path: file.rootPath,
    status: file.status,
    bytes: Buffer.byteLength(file.contents ?? ''),
    ...(file.editedByHand && file.status !== 'unchanged' ? { editedByHand: true as const } : {}),
    ...(diffOf && file.status !== 'unchanged'
      ? { diff: diffOf(file.rootPath, file.current, file.contents) }
      : {}),
    ...(options.includeContents && file.contents !== undefined ? { contents: file.contents } : {}),
  }));
  return {
    mode,
    jobId: redactKnownSecrets(jobId),
    root,
    outDir,
    files: results,
    diagnostics: [...allDiagnostics, ...plan.warnings],
    changed: results.some((f) => f.status !== 'unchanged'),
    timings,
  };
}

/** `generate`'s timer: runs one stage and records its time. */
type Timed = <T>(stage: string, work: () => T | Promise<T>) => Promise<T>;

/**
 * The deployed and model schemas, transform and emit. The IR and the deployed schema's document
 * (about 150 MB at 5,000 models) are local to this function: formatting and writing run without
 * them, and the collection after a large emit (collect-garbage.ts) frees them.
 */
async function emitJob(
  job: CodegenJob,
  options: ResolvedGenerateOptions,
  { timed, timings }: { timed: Timed; timings: Readonly<Record<string, number>> },
): Promise<{
  jobId: string;
  transformDiagnostics: readonly Diagnostic[];
  emitted: EmitResult;
  large: boolean;
}> {
  const { cwd } = options;
  const apiSchema =
    options.apiSchema === undefined
      ? undefined
      : await timed('api schema', () =>
          loadApiSchema(options.apiSchema ?? '', {
            cwd,
            ...(options.signal ? { signal: options.signal } : {}),
          }),
        );
  const modelSchema =
    options.modelSchema === undefined
      ? undefined
      : await timed('model schema', () =>
          loadModelSchema(options.modelSchema ?? '', {
            cwd,
            job,
            ...(options.signal ? { signal: options.signal } : {}),
          }),
        );
  const { ir, diagnostics } = await timed('transform', () =>
    normalizeSchema(job, modelSchema === undefined ? {} : { modelSchema }),
  );
  // Large schemas take seconds per stage: say what is happening (stderr, through the logger).
  const large = ir.models.length >= LARGE_SCHEMA_MODELS;
  if (large) {
    options.logger?.progress?.(
      `Read ${ir.models.length} models and ${ir.operations.length} operations (${timings['transform']} ms); emitting…`,
    );
  }
  const emitted = await timed('emit', () =>
    emitFiles(ir, {
      maxDepth: options.maxDepth,
      typename: options.typename,
      pruneCycles: options.pruneCycles,
      appSyncSchemaPath: options.appSyncSchemaPath,
      apiSchema,
    }),
  );
  return {
    jobId: ir.jobId,
    // With the deployed schema every name is the API's: nothing rests on an assumption.
    transformDiagnostics:
      apiSchema === undefined ? diagnostics : diagnostics.filter((d) => d.code !== 'AssumedNames'),
    emitted,
    large,
  };
}

/**
 * The diffs of a check that found drift, sharing one budget. The diff library is loaded here only:
 * a run that writes, or finds nothing to report, does not pay for it.
 */
async function checkDiffs(): Promise<
  (file: string, current: string | undefined, next: string | undefined) => string
> {
  const { createDiffBudget, unifiedDiff } = await import('./unified-diff.js');
  const budget = createDiffBudget();
  return (file, current, next) => unifiedDiff(file, current, next, budget);
}

/** With `strictSchema`, a disagreement between the job and the deployed API stops the run. */
function strictly(diagnostic: Diagnostic): Diagnostic {
  return diagnostic.code === SCHEMA_DISAGREEMENT
    ? { ...diagnostic, severity: 'error' }
    : diagnostic;
}

/**
 * Job strings reach generated files (the job id in every banner, names in code): a credential of
 * this process (the AWS keys and tokens in its environment, an endpoint's secrets) never does.
 * Only the literal values are removed: the patterns would damage code (`password: string;`).
 */
function withoutKnownSecrets(files: readonly GeneratedFile[]): GeneratedFile[] {
  return files.map((file) => {
    const contents = redactKnownSecrets(file.contents);
    return contents === file.contents ? file : { ...file, contents };
  });
}
