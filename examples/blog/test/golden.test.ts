import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error a plain .mjs script without declarations
import { variantJobText, variants } from '../variants/make-jobs.mjs';

const exampleDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.resolve(exampleDir, '../../packages/cli/dist/bin.js');
const variantNames = Object.keys(variants as Record<string, unknown>);

/** Every committed output of the blog example: the main job, then each variant. */
const outputs = [
  { name: 'graphql-tsx (main)', dir: exampleDir, consumer: 'graphql-consumer.ts' },
  ...variantNames.map((name) => ({
    name,
    dir: path.join(exampleDir, 'variants', name),
    // JavaScript without declarations has no types to check a consumer against.
    consumer:
      name === 'models-jsx'
        ? undefined
        : name.startsWith('graphql')
          ? 'graphql-consumer.ts'
          : 'models-consumer.ts',
  })),
];

const temporary: string[] = [];
afterAll(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const COMPILER_OPTIONS: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  // Our .d.ts files are checked; TypeScript's own lib files (the DOM's among them) are not ours.
  skipLibCheck: false,
  skipDefaultLibCheck: true,
  types: [],
};

/** A compiler host that parses TypeScript's lib files once for every consumer's program. */
const libraryHost = ts.createCompilerHost(COMPILER_OPTIONS, true);
const libraryFiles = new Map<string, ts.SourceFile | undefined>();
const readSourceFile = libraryHost.getSourceFile.bind(libraryHost);
libraryHost.getSourceFile = (fileName, languageVersion, ...rest) => {
  if (!fileName.startsWith(libraryHost.getDefaultLibLocation?.() ?? '\0'))
    return readSourceFile(fileName, languageVersion, ...rest);
  if (!libraryFiles.has(fileName))
    libraryFiles.set(fileName, readSourceFile(fileName, languageVersion, ...rest));
  return libraryFiles.get(fileName);
};

function typeCheck(outputDir: string, consumer: string): string[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'blog-consumer-'));
  temporary.push(dir);
  cpSync(path.join(outputDir, 'src'), path.join(dir, 'src'), { recursive: true });
  cpSync(path.join(exampleDir, 'consumers'), path.join(dir, 'consumers'), { recursive: true });
  const program = ts.createProgram(
    [path.join(dir, 'consumers', consumer)],
    COMPILER_OPTIONS,
    libraryHost,
  );
  return ts
    .getPreEmitDiagnostics(program)
    .map(
      (d) => `${d.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`,
    );
}

describe('the blog example', () => {
  it('variant jobs are the main job with only the render config changed', () => {
    for (const name of variantNames) {
      const committed = readFileSync(
        path.join(exampleDir, 'variants', name, 'codegen-job.json'),
        'utf8',
      );
      // Compared as data: the repository's formatter may lay the JSON out differently.
      expect(JSON.parse(committed), `run node examples/blog/variants/make-jobs.mjs`).toEqual(
        JSON.parse(variantJobText(name) as string),
      );
    }
  });

  describe.each(outputs)('$name', ({ dir, consumer }) => {
    it('committed output equals a fresh generation (generate --check)', () => {
      const run = () =>
        execFileSync(
          process.execPath,
          [
            bin,
            'generate',
            '--check',
            '--job-file',
            'codegen-job.json',
            '--root',
            '.',
            '--out',
            'src/ui-components',
          ],
          { cwd: dir, stdio: 'pipe', env: { ...process.env, NO_COLOR: '1' } },
        );
      expect(run).not.toThrow();
    });

    it.runIf(consumer !== undefined)(
      `type-checks with a consumer (${consumer}) under --strict`,
      () => {
        expect(typeCheck(dir, consumer ?? '')).toEqual([]);
      },
    );
  });

  it('the JavaScript output of the js variants runs in Node', async () => {
    const models = await import(
      pathToFileURL(path.join(exampleDir, 'variants/models-jsx/src/models/index.js')).href
    );
    expect(models.PostStatus.PUBLISHED).toBe('PUBLISHED');
    const queries = await import(
      pathToFileURL(path.join(exampleDir, 'variants/graphql-js-dts/src/graphql/queries.js')).href
    );
    expect(queries.getPost.trim()).toMatch(/^query GetPost\(\$id: ID!\)/);
  });
});
