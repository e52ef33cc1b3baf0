/**
 * Type-checks a generated DataStore package with a consumer, with the real TypeScript compiler and
 * the strict options an app would use. Unlike the shared `typeCheck`, it reports only the
 * diagnostics of the generated files and the consumer: `@aws-amplify/datastore`'s own
 * declarations need DOM and Node globals an app has, and checking all of them for every schema
 * would take seconds each. Library source files are parsed once per worker.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import type { GeneratedFile } from '../../generated-file.js';

const STRICT_OPTIONS: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: false,
  isolatedModules: true,
  target: ts.ScriptTarget.ES2020,
  lib: ['lib.es2020.d.ts', 'lib.dom.d.ts'],
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  types: [],
  skipLibCheck: false,
};

const libraryFiles = new Map<string, ts.SourceFile>();

/**
 * Writes `files` and `consumer` under `root/ui-components` (root must be inside `packages/emit`
 * so that `@aws-amplify/datastore` resolves) and returns `path(line,col): TS<code> message` for
 * every diagnostic outside `node_modules`, paths relative to the component directory.
 */
export function typeCheckPackage(
  root: string,
  files: readonly GeneratedFile[],
  consumer: { readonly path: string; readonly contents: string },
  compilerOptions: ts.CompilerOptions = {},
): string[] {
  const componentDirectory = join(root, 'ui-components');
  const written = [...files, consumer].map((file) => {
    const target = resolve(componentDirectory, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.contents);
    return target;
  });
  const options = { ...STRICT_OPTIONS, ...compilerOptions };
  const program = ts.createProgram({
    rootNames: written.filter((path) => /\.(c|m)?tsx?$/.test(path)),
    options,
    host: cachingHost(options),
  });
  const ownFiles = program
    .getSourceFiles()
    .filter(
      (file) =>
        !file.fileName.includes('/node_modules/') && !program.isSourceFileDefaultLibrary(file),
    );
  const diagnostics = [
    ...program.getOptionsDiagnostics(),
    ...ownFiles.flatMap((file) => [
      ...program.getSyntacticDiagnostics(file),
      ...program.getSemanticDiagnostics(file),
    ]),
  ];
  return diagnostics.map((diagnostic) => format(diagnostic, componentDirectory));
}

function cachingHost(options: ts.CompilerOptions): ts.CompilerHost {
  const host = ts.createCompilerHost(options, true);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    if (!fileName.includes('/node_modules/'))
      return getSourceFile(fileName, languageVersion, onError, shouldCreate);
    const key = `${JSON.stringify(languageVersion)}:${fileName}`;
    const cached = libraryFiles.get(key);
    if (cached !== undefined) return cached;
    const sourceFile = getSourceFile(fileName, languageVersion, onError, shouldCreate);
    if (sourceFile !== undefined) libraryFiles.set(key, sourceFile);
    return sourceFile;
  };
  return host;
}

function format(diagnostic: ts.Diagnostic, componentDirectory: string): string {
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
  if (diagnostic.file === undefined || diagnostic.start === undefined)
    return `TS${diagnostic.code} ${message}`;
  const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
  const path = relative(componentDirectory, diagnostic.file.fileName).split('\\').join('/');
  return `${path}(${line + 1},${character + 1}): TS${diagnostic.code} ${message}`;
}
