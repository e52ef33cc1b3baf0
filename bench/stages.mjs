#!/usr/bin/env node
/**
 * In-process, per-stage timings through the library API, for one job and one set of options.
 * run.mjs spawns this once per case, so each case starts from a fresh process and its peak RSS is
 * its own.
 *
 *   node bench/stages.mjs --job <job.json> --root <tmpdir> [--max-depth 3] [--prune-cycles]
 *                         [--no-format] [--per-kind] [--emit-only] [--appsync-out <file>]
 *
 * Prints one JSON object. Stages:
 * - `importMs`: loading the `uibuilder-codegen` package (transform + emit + cli);
 * - `readMs` / `parseMs`: reading and `JSON.parse`-ing the job file;
 * - `generate`: one `generate()` call (write mode, into `--root`) and the stage timings it reports
 *   (load, transform, emit, format, plan, write), as the first call in the process;
 * - `normalizeMs` / `emitMs`: `normalizeSchema` and `emitFiles` again, called directly (warm);
 * - `perKind` (with `--per-kind`, GraphQL jobs): `emitFiles` timed once per output file kind, by
 *   asking the render config for that one file (an empty path means "do not emit that file");
 * - `--emit-only`: skip `generate()` (for the mesh, whose unpruned output is huge).
 * With `--appsync-out`, the AppSync schema our emitter builds is written there (for aws-peer.mjs).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';

const GRAPHQL_KINDS = [
  'typesFilePath',
  'queriesFilePath',
  'mutationsFilePath',
  'subscriptionsFilePath',
  'fragmentsFilePath',
];

/**
 * Time one call.
 * @template T
 * @param {() => T} work
 * @returns {Promise<[Awaited<T>, number]>}
 */
async function time(work) {
  const started = performance.now();
  const value = await work();
  return [value, Math.round((performance.now() - started) * 10) / 10];
}

/** @param {{ contents: string }[]} files */
const totalBytes = (files) => files.reduce((sum, f) => sum + Buffer.byteLength(f.contents), 0);

/**
 * Which output a generated path is (`API.ts` -> `types`, `graphql/queries.ts` -> `queries`, ...).
 * @param {string} filePath
 */
function fileKind(filePath) {
  const base = path.posix.basename(filePath).replace(/\.(d\.ts|ts|js|graphql|json)$/, '');
  if (base === 'API') return 'types';
  if (filePath.includes('/models/') || filePath.startsWith('../models')) return `models/${base}`;
  return base;
}

async function main() {
  const { values } = parseArgs({
    options: {
      job: { type: 'string' },
      root: { type: 'string' },
      'max-depth': { type: 'string', default: '3' },
      'prune-cycles': { type: 'boolean', default: false },
      'no-format': { type: 'boolean', default: false },
      'per-kind': { type: 'boolean', default: false },
      'emit-only': { type: 'boolean', default: false },
      'appsync-out': { type: 'string' },
    },
  });
  if (!values.job || !values.root) throw new Error('--job and --root are required');
  const maxDepth = Number(values['max-depth']);
  const pruneCycles = values['prune-cycles'];
  /** @type {Record<string, unknown>} */
  const result = { maxDepth, pruneCycles };

  // transform and emit directly, so the library stages can be measured even while the CLI
  // package does not build; the CLI (and prettier) only for generate().
  const [[transform, emit], importMs] = await time(() =>
    Promise.all([import('@uibuilder-codegen/transform'), import('@uibuilder-codegen/emit')]),
  );
  const api = { normalizeSchema: transform.normalizeSchema, emitFiles: emit.emitFiles };
  result.importMs = importMs;
  const [text, readMs] = await time(() => readFileSync(/** @type {string} */ (values.job), 'utf8'));
  const [parsed, parseMs] = await time(() => JSON.parse(text));
  Object.assign(result, { readMs, parseMs, jobBytes: Buffer.byteLength(text) });

  if (!values['emit-only']) {
    mkdirSync(values.root, { recursive: true });
    const [cli, cliImportMs] = await time(() => import('uibuilder-codegen'));
    result.cliImportMs = cliImportMs;
    const [generated, totalMs] = await time(() =>
      cli.generate({
        job: { value: parsed },
        root: values.root,
        cwd: values.root,
        outDir: 'src/ui-components',
        mode: 'write',
        maxDepth,
        pruneCycles,
        format: !values['no-format'],
      }),
    );
    result.generate = {
      totalMs,
      timings: generated.timings,
      files: generated.files.length,
      bytes: generated.files.reduce((sum, f) => sum + f.bytes, 0),
    };
  }

  const [normalized, normalizeMs] = await time(() => api.normalizeSchema(parsed));
  // emitFiles takes resolved options: the other defaults from emit's one place.
  const emitOptions = { ...emit.DEFAULT_EMIT_OPTIONS, maxDepth, pruneCycles };
  const [emitted, emitMs] = await time(() => api.emitFiles(normalized.ir, emitOptions));
  /** @type {Record<string, { files: number, bytes: number }>} */
  const byKind = {};
  for (const file of emitted.files) {
    const kind = fileKind(file.path);
    byKind[kind] ??= { files: 0, bytes: 0 };
    byKind[kind].files += 1;
    byKind[kind].bytes += Buffer.byteLength(file.contents);
  }
  Object.assign(result, {
    normalizeMs,
    emitMs,
    emitFiles: emitted.files.length,
    emitBytes: totalBytes(emitted.files),
    byKind,
  });

  const job = parsed.job ?? parsed;
  const graphQLConfig = job.renderConfig?.react?.apiConfiguration?.graphQLConfig;
  if (values['per-kind'] && graphQLConfig) {
    /** @type {Record<string, number>} */
    const perKind = {};
    for (const kind of GRAPHQL_KINDS) {
      if (!graphQLConfig[kind]) continue;
      const only = Object.fromEntries(
        GRAPHQL_KINDS.map((k) => [k, k === kind ? graphQLConfig[k] : '']),
      );
      const copy = JSON.parse(text);
      (copy.job ?? copy).renderConfig.react.apiConfiguration.graphQLConfig = only;
      const { ir } = api.normalizeSchema(copy);
      const [, ms] = await time(() => api.emitFiles(ir, emitOptions));
      perKind[kind.replace('FilePath', '')] = ms;
    }
    result.perKindEmitMs = perKind;
  }

  if (values['appsync-out']) {
    const schemaPath = '../appsync-schema.graphql';
    const withSchema = api.emitFiles(normalized.ir, {
      ...emitOptions,
      appSyncSchemaPath: schemaPath,
    });
    const schemaFile = withSchema.files.find((file) =>
      file.path.endsWith('appsync-schema.graphql'),
    );
    let sdl = schemaFile?.contents;
    result.appSyncSchemaVia = 'emitFiles appSyncSchemaPath';
    if (sdl === undefined) {
      // Until emitFiles writes it, take the printer the GraphQL emitter already has (not exported).
      const printer = new URL(
        '../packages/emit/dist/graphql/appsync-schema/build-appsync-schema.js',
        import.meta.url,
      );
      const { printAppSyncSchema } = await import(printer.href).catch(() => ({}));
      sdl = printAppSyncSchema?.(normalized.ir);
      result.appSyncSchemaVia = 'printAppSyncSchema (emit dist, not exported)';
    }
    if (sdl) writeFileSync(values['appsync-out'], sdl);
    result.appSyncSchemaBytes = sdl ? Buffer.byteLength(sdl) : 0;
  }

  result.maxRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error) => {
  process.stderr.write(`stages: ${error instanceof Error ? error.stack : error}\n`);
  process.exitCode = 1;
});
