import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { emitFiles } from '@uibuilder-codegen/emit';
import { normalizeSchema } from '@uibuilder-codegen/transform';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { GRAPHQL_CONFIG } from '../../../packages/emit/src/test-support/ir-builders.js';
import { sampleUnlessFull } from '../../../packages/transform/src/test-support/test-scale.js';

// The generated output of the blog example and of every corpus job, in every render config,
// compiled under the tsconfig presets projects start from: one program per preset over all of
// it. The presets are read from the packages that ship them (pinned dev dependencies). The
// default run takes the blog and a sample of the corpus; `pnpm test:full` takes all of it.

const exampleDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = path.resolve(exampleDir, '../..');
const nodeModules = path.join(exampleDir, 'node_modules');
const corpusDir = path.join(repoRoot, 'fixtures/corpus');
/** It names models that do not exist on purpose: the transform rejects it. */
const INVALID = new Set(['mock-schemas__schemaWithAssumptions.json']);

/** Each render config (`renderConfig.react`), in place of the job's own. */
const renderConfigs: Record<string, object> = {
  'graphql-tsx': { script: 'tsx', apiConfiguration: GRAPHQL_CONFIG },
  'graphql-js-dts': {
    script: 'js',
    renderTypeDeclarations: true,
    apiConfiguration: GRAPHQL_CONFIG,
  },
  datastore: {
    script: 'jsx',
    renderTypeDeclarations: true,
    apiConfiguration: { dataStoreConfig: {} },
  },
  'models-tsx': { script: 'tsx', apiConfiguration: { noApiConfig: {} } },
  'models-js-dts': {
    script: 'js',
    renderTypeDeclarations: true,
    apiConfiguration: { noApiConfig: {} },
  },
};

/** `job` (bare or `{"job": …}`) with its render config replaced by `react`. */
function withReact(job: unknown, react: object): unknown {
  const bare = (job as { job?: object }).job ?? (job as object);
  return { ...bare, renderConfig: { react } };
}

const jobs: [string, unknown][] = [
  ['blog', JSON.parse(readFileSync(path.join(repoRoot, 'examples/blog/codegen-job.json'), 'utf8'))],
  ...sampleUnlessFull(
    readdirSync(corpusDir)
      .filter((name) => name.endsWith('.json') && !INVALID.has(name))
      .sort(),
    6,
  ).map((name): [string, unknown] => [
    name.replace(/\.json$/, ''),
    JSON.parse(readFileSync(path.join(corpusDir, name), 'utf8')),
  ]),
];

/** A preset's compiler options, as `tsc` reads them from its file. */
function presetOptions(file: string): ts.CompilerOptions {
  const { config } = ts.readConfigFile(file, ts.sys.readFile);
  return ts.parseJsonConfigFileContent(config, ts.sys, path.dirname(file)).options;
}

/**
 * Each preset, and a canary: a file that breaks one of the preset's own rules, compiled in the
 * same program, so that the one diagnostic expected proves the preset's options were applied
 * (and that the check can fail) without a second program.
 */
const IMPLICIT_ANY = { text: 'export function f(x) {\n  return x;\n}\n', code: 7006 };
const presets: Record<string, { options: ts.CompilerOptions; canary: typeof IMPLICIT_ANY }> = {
  'vite react-ts (tsconfig.app.json)': {
    options: presetOptions(
      path.join(nodeModules, 'create-vite/template-react-ts/tsconfig.app.json'),
    ),
    // erasableSyntaxOnly
    canary: { text: "export enum Status {\n  A = 'A',\n}\n", code: 1294 },
  },
  '@tsconfig/strictest': {
    options: presetOptions(path.join(nodeModules, '@tsconfig/strictest/tsconfig.json')),
    // noUnusedLocals
    canary: { text: 'const unused = 1;\nexport {};\n', code: 6133 },
  },
  '@tsconfig/node20': {
    options: presetOptions(path.join(nodeModules, '@tsconfig/node20/tsconfig.json')),
    canary: IMPLICIT_ANY,
  },
  'next.js (create-next-app)': {
    options: presetOptions(
      path.join(nodeModules, 'create-next-app/dist/templates/app/ts/tsconfig.json'),
    ),
    canary: IMPLICIT_ANY,
  },
};

const root = mkdtempSync(path.join(os.tmpdir(), 'uibuilder-presets-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
// DataStore output imports @aws-amplify/datastore, found through this link.
symlinkSync(nodeModules, path.join(root, 'node_modules'), 'dir');
writeFileSync(path.join(root, 'package.json'), JSON.stringify({ private: true }));

const written: string[] = [];
for (const [jobName, job] of jobs) {
  for (const [configName, react] of Object.entries(renderConfigs)) {
    const componentDir = path.join(root, jobName, configName, 'src', 'ui-components');
    const { files } = emitFiles(normalizeSchema(withReact(job, react)).ir);
    for (const file of files) {
      const target = path.join(componentDir, file.path);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, file.contents);
      written.push(target);
    }
  }
}

/**
 * Source files by name and language version, shared by the programs of every preset: the files do
 * not change between them, so each is parsed once (as a language service does).
 */
const parsed = new Map<string, ts.SourceFile>();
function sharedHost(options: ts.CompilerOptions): ts.CompilerHost {
  const host = ts.createCompilerHost(options, true);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    const key = `${JSON.stringify(languageVersion)}:${fileName}`;
    const known =
      parsed.get(key) ?? getSourceFile(fileName, languageVersion, onError, shouldCreate);
    if (known !== undefined) parsed.set(key, known);
    return known;
  };
  return host;
}

/**
 * Every diagnostic in our files (or about the options), as `file: message`: what
 * `ts.getPreEmitDiagnostics` reports outside `node_modules`. Only our files are asked for theirs,
 * so the checker reads the libraries they use without checking each declaration in them (and in
 * the standard library), which was most of each program's time.
 */
function diagnostics(rootNames: readonly string[], preset: ts.CompilerOptions): string[] {
  const options: ts.CompilerOptions = {
    ...preset,
    noEmit: true,
    // Our .d.ts files must be checked too; only files outside node_modules are asked below.
    skipLibCheck: false,
    // Ambient types the template installs (vite/client, node) are not the output's concern.
    types: [],
    incremental: false,
    tsBuildInfoFile: undefined,
  };
  const program = ts.createProgram(rootNames, options, sharedHost(options));
  const declarations = options.declaration === true || options.composite === true;
  const ours = program.getSourceFiles().filter((f) => !f.fileName.includes('/node_modules/'));
  return [
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...ours.flatMap((file) => [
      ...program.getSyntacticDiagnostics(file),
      ...program.getSemanticDiagnostics(file),
      ...(declarations ? program.getDeclarationDiagnostics(file) : []),
    ]),
  ].map(
    (d) =>
      `${d.file ? path.relative(root, d.file.fileName) : '(options)'}: TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`,
  );
}

describe('the generated output under tsconfig presets', () => {
  const typeScript = written.filter((file) => file.endsWith('.ts'));
  const javaScript = written.filter((file) => file.endsWith('.js'));

  it('covers every job in every render config', () => {
    expect(jobs.length).toBeGreaterThan(6);
    for (const config of Object.keys(renderConfigs)) {
      expect(
        typeScript.filter((file) => file.includes(`/${config}/`)).length,
      ).toBeGreaterThanOrEqual(jobs.length);
    }
  });

  it.each(Object.entries(presets))('compiles under %s', (name, { options, canary }) => {
    const file = path.join(root, `canary-${name.replace(/\W+/g, '-')}.ts`);
    writeFileSync(file, canary.text);
    const found = diagnostics([...typeScript, file], options);
    expect(found.map((line) => line.split(' ', 2).join(' '))).toEqual([
      `${path.basename(file)}: TS${canary.code}`,
    ]);
  });

  it('compiles the JavaScript under checkJs and strict', () => {
    const options: ts.CompilerOptions = {
      allowJs: true,
      checkJs: true,
      strict: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
    };
    const canary = path.join(root, 'canary.js');
    writeFileSync(canary, IMPLICIT_ANY.text);
    expect(
      diagnostics([...javaScript, canary], options).map((line) => line.split(' ', 2).join(' ')),
    ).toEqual([`canary.js: TS${IMPLICIT_ANY.code}`]);
  });
});
