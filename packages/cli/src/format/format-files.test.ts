import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { emitFiles } from '@uibuilder-codegen/emit';
import type { GeneratedFile } from '@uibuilder-codegen/emit';
import { normalizeSchema } from '@uibuilder-codegen/transform';
import { UsageError } from '@uibuilder-codegen/core';
import { afterEach, describe, expect, test } from 'vitest';
import { formatFiles } from './format-files.js';

const BLOG_JOB = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../examples/blog/codegen-job.json',
);

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A temp project root with the given config files; the component directory is `src/ui-components`. */
function project(configFiles: Record<string, string> = {}): { root: string; outDir: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'uibuilder-format-'));
  roots.push(root);
  for (const [name, contents] of Object.entries(configFiles)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), contents);
  }
  return { root, outDir: path.join(root, 'src/ui-components') };
}

const TS: GeneratedFile = {
  path: '../API.ts',
  contents: 'export const a = {b:"c"}\nexport type T = {x:number}\n',
};

describe('formatFiles', () => {
  test('disabled: the files as emitted', async () => {
    const files = [TS];
    expect(await formatFiles(files, { ...project(), enabled: false })).toEqual(files);
  });

  test('prettier defaults without a config', async () => {
    const [file] = await formatFiles([TS], project());
    expect(file).toEqual({
      path: '../API.ts',
      contents: 'export const a = { b: "c" };\nexport type T = { x: number };\n',
    });
  });

  test('the parser follows the extension', async () => {
    const files: GeneratedFile[] = [
      { path: '../models/index.d.ts', contents: 'export declare const S: {readonly A: "A"};\n' },
      { path: '../models/index.js', contents: 'export const S = {A:"A"}\n' },
      { path: '../graphql/schema.graphql', contents: '# c\ntype Post {id: ID!   title: String}\n' },
      { path: '../notes.txt', contents: 'left   as is\n' },
    ];
    expect(await formatFiles(files, project())).toEqual([
      { path: '../models/index.d.ts', contents: 'export declare const S: { readonly A: "A" };\n' },
      { path: '../models/index.js', contents: 'export const S = { A: "A" };\n' },
      {
        path: '../graphql/schema.graphql',
        contents: '# c\ntype Post {\n  id: ID!\n  title: String\n}\n',
      },
      { path: '../notes.txt', contents: 'left   as is\n' },
    ]);
  });

  test("the user's .prettierrc is honoured (semi: false, singleQuote: true)", async () => {
    const [file] = await formatFiles(
      [TS],
      project({ '.prettierrc': '{"semi": false, "singleQuote": true}' }),
    );
    expect(file?.contents).toBe("export const a = { b: 'c' }\nexport type T = { x: number }\n");
  });

  test('config is resolved from each output path: a nested config applies below it only', async () => {
    const paths = project({ 'src/graphql/.prettierrc.json': '{"semi": false}' });
    const files = await formatFiles(
      [TS, { path: '../graphql/queries.ts', contents: TS.contents }],
      paths,
    );
    expect(files.map((f) => f.contents.includes(';'))).toEqual([true, false]);
  });

  test('.editorconfig is honoured', async () => {
    const paths = project({
      '.editorconfig': 'root = true\n[*]\nindent_style = space\nindent_size = 4\n',
    });
    const [file] = await formatFiles(
      [{ path: 'a.ts', contents: 'export function f() {\nreturn 1\n}\n' }],
      paths,
    );
    expect(file?.contents).toBe('export function f() {\n    return 1;\n}\n');
  });

  test('LF and one final newline even when the config asks for CRLF', async () => {
    const [file] = await formatFiles([TS], project({ '.prettierrc': '{"endOfLine": "crlf"}' }));
    expect(file?.contents).not.toContain('\r');
    expect(file?.contents.endsWith(';\n')).toBe(true);
  });

  test('JavaScript with an inline source map is left alone', async () => {
    const js =
      'export const a = {b:1};\n//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozfQ==\n';
    const files = [{ path: '../API.js', contents: js }];
    expect(await formatFiles(files, project())).toEqual(files);
  });

  test('an unreadable config is a UsageError that says what to do', async () => {
    const error = await formatFiles([TS], project({ '.prettierrc.json': '{ not json' })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).hint).toContain('--no-format');
  });

  test('real emitted models: formatted with the user config, stable on a second run and idempotent', async () => {
    const { job } = JSON.parse(readFileSync(BLOG_JOB, 'utf8')) as { job: object };
    const react = {
      script: 'js',
      renderTypeDeclarations: true,
      apiConfiguration: { noApiConfig: {} },
    };
    const { files } = emitFiles(normalizeSchema({ ...job, renderConfig: { react } }).ir);
    const paths = project({ '.prettierrc': '{"semi": false, "singleQuote": true}' });
    const once = await formatFiles(files, paths);
    expect(await formatFiles(files, paths)).toEqual(once);
    expect(await formatFiles(once, paths)).toEqual(once);
    const js = once.find((f) => f.path === '../models/index.js')?.contents ?? '';
    expect(js).toMatch(
      /^\/\* eslint-disable \*\/\n\/\/ Generated by uibuilder-codegen from codegen job /,
    );
    expect(js).toContain("DRAFT: 'DRAFT',");
    expect(js).not.toMatch(/;\n/);
    const dts = once.find((f) => f.path === '../models/index.d.ts')?.contents ?? '';
    expect(dts).toContain("  readonly DRAFT: 'DRAFT'\n");
  });
});
