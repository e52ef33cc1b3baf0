import { parse, print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DEFAULT_EMIT_OPTIONS } from '../../emit-defaults.js';
import { emitFiles } from '../../emit-files.js';
import type { GeneratedFile } from '../../generated-file.js';
import { usesSyntaxNewerThanES2015 } from '../../test-support/es-syntax.js';
import { importGenerated } from '../../test-support/import-module.js';
import { withOutputForm } from '../../test-support/ir-builders.js';
import { blogExampleIR, corpusIRs, recipesIR } from '../test-support/real-ir.js';

const STATEMENT_FILES = ['queries', 'mutations', 'subscriptions', 'fragments'].map(
  (stem) => `../graphql/${stem}.js`,
);

/** The exports of a generated module, each document in graphql-js's print (layout aside). */
async function documentsOf(
  files: readonly GeneratedFile[],
  path: string,
): Promise<Record<string, string>> {
  const module = await importGenerated(files, path);
  return Object.fromEntries(
    Object.entries(module).map(([name, value]) => [name, print(parse(String(value)))]),
  );
}

// The statement and fragment files' JavaScript is written from the documents, in prettier's
// style, instead of transpiled; the compiler's output (still written with an inline source map)
// is the reference for what the modules export.
describe('statement and fragment JavaScript written without the compiler', () => {
  it.each([['blog', blogExampleIR()], ['recipes', recipesIR()], ...corpusIRs()])(
    '%s: exports the same documents as the transpiled files',
    async (_name, ir) => {
      for (const [maxDepth, typename] of [
        [1, false],
        [3, true],
      ] as const) {
        const render = { script: 'js', renderTypeDeclarations: true } as const;
        const direct = emitFiles(withOutputForm(ir, render), {
          ...DEFAULT_EMIT_OPTIONS,
          maxDepth,
          typename,
        }).files;
        const transpiled = emitFiles(withOutputForm(ir, { ...render, inlineSourceMap: true }), {
          ...DEFAULT_EMIT_OPTIONS,
          maxDepth,
          typename,
        }).files;
        for (const path of STATEMENT_FILES) {
          const written = direct.find((f) => f.path === path);
          const compiled = transpiled.find((f) => f.path === path);
          if (written === undefined || compiled === undefined) {
            expect(written, path).toBe(compiled);
            continue;
          }
          expect(written.prettierStable, path).toBe(true);
          expect(compiled.prettierStable, path).toBeUndefined();
          expect(compiled.contents).toMatch(/\/\/# sourceMappingURL=data:/);
          expect(usesSyntaxNewerThanES2015(written.contents), path).toBe(false);
          expect(await documentsOf(direct, path), path).toEqual(
            await documentsOf(transpiled, path),
          );
        }
      }
    },
  );

  it('writes the same JavaScript for both targets and module kinds', () => {
    const ir = recipesIR();
    const outputs = (['es2015', 'es2020'] as const).flatMap((target) =>
      (['es2020', 'esnext'] as const).map((module) =>
        emitFiles(withOutputForm(ir, { script: 'jsx', target, module })).files.filter((f) =>
          STATEMENT_FILES.includes(f.path),
        ),
      ),
    );
    expect(outputs[0]?.length).toBe(STATEMENT_FILES.length);
    for (const files of outputs) expect(files).toEqual(outputs[0]);
  });
});
