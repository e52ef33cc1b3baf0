import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import ts from 'typescript';
import { uibuilderCodegen } from 'uibuilder-codegen/plugin';
import { build, type InlineConfig } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import {
  addSubtitle,
  editJob,
  exampleDir,
  GENERATED_FILES,
  read,
  tempExample,
  type TempExample,
} from './example-support.js';

const copies: TempExample[] = [];
afterAll(() => copies.forEach((copy) => copy.remove()));
function copy(withGenerated: boolean): TempExample {
  const example = tempExample({ withGenerated });
  copies.push(example);
  return example;
}

/**
 * The example's own vite.config.ts; or, with plugin options, its plugins inline and only the
 * generated statements as the input (what the plugin does does not depend on bundling the app).
 */
function viteConfig(example: TempExample, plugin?: Parameters<typeof uibuilderCodegen.vite>[0]) {
  const config: InlineConfig = {
    root: example.app,
    cacheDir: example.cacheDir,
    logLevel: 'silent',
  };
  if (plugin === undefined)
    return { ...config, configFile: path.join(example.app, 'vite.config.ts') };
  return {
    ...config,
    configFile: false as const,
    plugins: [uibuilderCodegen.vite(plugin), react()],
    build: { rolldownOptions: { input: path.join(example.app, 'src/graphql/queries.ts') } },
  };
}

/** Type-checks the copy's app with its tsconfig.app.json, as `tsc -b` does. */
function typeCheck(app: string): string[] {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    path.join(app, 'tsconfig.app.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!parsed) throw new Error('tsconfig.app.json did not parse');
  const program = ts.createProgram(parsed.fileNames, parsed.options);
  return ts
    .getPreEmitDiagnostics(program)
    .map(
      (d) =>
        `${path.relative(app, d.file?.fileName ?? '')}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`,
    );
}

describe('vite build with uibuilder-codegen/plugin', () => {
  it('generates the blog job files before bundling, byte for byte the committed ones', async () => {
    const example = copy(false);
    await build(viteConfig(example));
    for (const file of GENERATED_FILES) {
      expect(read(example.app, file), file).toBe(read(exampleDir, file));
    }
    const assets = path.join(example.app, 'dist/assets');
    const bundle = readdirSync(assets)
      .filter((name) => name.endsWith('.js'))
      .map((name) => read(assets, name))
      .join('\n');
    expect(bundle).toContain('query ListPosts');
  });

  it('the component type-checks against the generated types; a wrong query does not', () => {
    const example = copy(true);
    // One program over the app and a file that misuses the API: only that file may have errors.
    writeFileSync(
      path.join(example.app, 'src/wrong-usage.ts'),
      [
        "import { generateClient } from 'aws-amplify/api';",
        "import { listPosts } from './graphql/queries';",
        'export async function wrongUsage() {',
        "  const { data } = await generateClient().graphql({ query: listPosts, variables: { limit: 'twenty' } });",
        '  return data.listPosts?.items[0]?.titel;',
        '}',
      ].join('\n'),
    );
    const errors = typeCheck(example.app);
    expect(errors.filter((e) => !e.startsWith('src/wrong-usage.ts: '))).toEqual([]);
    expect(errors.join('\n')).toMatch(/titel/);
    expect(errors.join('\n')).toMatch(/'string' is not assignable to type 'number'/);
  });

  it('check: true passes on the committed output and fails, writing nothing, when the job changed', async () => {
    const example = copy(true);
    await build(viteConfig(example, { check: true }));
    editJob(example.job, addSubtitle);
    const failed = build(viteConfig(example, { check: true }));
    await expect(failed).rejects.toThrow(/\[OutOfDateError\] \d+ generated file\(s\) out of date/);
    await expect(failed).rejects.toThrow(/src\/API\.ts \(changed\)/);
    await expect(failed).rejects.toThrow(/Resolution: Run `uibuilder-codegen generate`/);
    for (const file of GENERATED_FILES)
      expect(read(example.app, file)).toBe(read(exampleDir, file));
  });

  it('a broken job fails the build with the CLI message, location and resolution; nothing is written', async () => {
    const example = copy(true);
    writeFileSync(example.job, '{\n  "job": {\n    "id": \n');
    const failed = build(viteConfig(example));
    await expect(failed).rejects.toThrow(
      /\[JobSourceError\] .*codegen-job\.json:4:1: invalid JSON: expected a value/,
    );
    await expect(failed).rejects.toThrow(/Resolution: Fix the JSON at that line and column/);
    for (const file of GENERATED_FILES)
      expect(read(example.app, file)).toBe(read(exampleDir, file));
  });
});
