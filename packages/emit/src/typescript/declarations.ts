import { posix } from 'node:path';
import type { Project } from 'ts-morph';
import { tsMorph } from './ts-morph-module.js';

/** One generated TypeScript file, by its output stem (path without extension, relative to `--out`). */
export interface DeclarationInput {
  readonly stem: string;
  readonly source: string;
}

/**
 * Builds the `.d.ts` text of every given file in one batch: a single in-memory ts-morph Project
 * holds them all (so imports between generated files resolve) and emits only declaration files.
 * Returns them by stem. A project per file would parse the standard library for every file.
 */
export function emitDeclarations(inputs: readonly DeclarationInput[]): Map<string, string> {
  const declarations = new Map<string, string>();
  if (inputs.length === 0) return declarations;
  const componentDir = virtualComponentDir(inputs.map((input) => input.stem));
  const project = emptyDeclarationProject();
  const stemByDeclarationPath = new Map<string, string>();
  for (const input of inputs) {
    const filePath = posix.join(componentDir, `${input.stem}.ts`);
    project.createSourceFile(filePath, input.source);
    stemByDeclarationPath.set(filePath.replace(/\.ts$/, '.d.ts'), input.stem);
  }
  for (const file of project.emitToMemory({ emitOnlyDtsFiles: true }).getFiles()) {
    const stem = stemByDeclarationPath.get(file.filePath);
    if (stem !== undefined) declarations.set(stem, file.text);
  }
  const missing = inputs.filter((input) => !declarations.has(input.stem));
  if (missing.length > 0) {
    throw new Error(`No declarations were emitted for ${missing.map((m) => m.stem).join(', ')}`);
  }
  return declarations;
}

let declarationProject: Project | undefined;

/**
 * The in-memory project, emptied of the previous run's files. It is kept between runs because
 * parsing the standard library is most of the cost of a run; the library never changes, and every
 * run removes what the last one added, so a run's output depends on its own inputs only.
 */
function emptyDeclarationProject(): Project {
  const { Project, ts } = tsMorph();
  declarationProject ??= new Project({
    useInMemoryFileSystem: true,
    compilerOptions: {
      declaration: true,
      emitDeclarationOnly: true,
      strict: true,
      target: ts.ScriptTarget.ES2020,
      lib: ['lib.es2020.d.ts'],
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      newLine: ts.NewLineKind.LineFeed,
      skipLibCheck: true,
    },
  });
  for (const file of declarationProject.getSourceFiles()) {
    declarationProject.removeSourceFile(file);
  }
  return declarationProject;
}

/**
 * A directory deep enough that every `../` in the stems stays below the in-memory root, so that
 * no two stems collapse onto the same virtual file.
 */
function virtualComponentDir(stems: readonly string[]): string {
  const depth = Math.max(0, ...stems.map((stem) => /^(\.\.\/)*/.exec(stem)?.[0].length ?? 0)) / 3;
  const segments = Array.from({ length: depth + 1 }, (_, i) => `d${i}`);
  return `/generated/${segments.join('/')}`;
}
