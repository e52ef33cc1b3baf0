import { join, relative } from 'node:path';
import ts from 'typescript';
import type { GeneratedFile } from '../generated-file.js';
import { writeTempProject } from './temp-dir.js';

/** Options for {@link typeCheck}. */
export interface TypeCheckOptions {
  /** Merged over the defaults (strict, ES2020, bundler resolution, no emit). @default {} */
  readonly compilerOptions?: ts.CompilerOptions;
  /** Where the consumer goes, relative to the component directory. @default 'consumer.ts' */
  readonly consumerPath?: string;
  /** A package directory whose `node_modules` the temp project links to. @default packages/emit */
  readonly nodeModulesFrom?: string;
}

/** What {@link typeCheck} found. */
export interface TypeCheckResult {
  /** `path(line,col): TS<code> message` per diagnostic, paths relative to the component directory. */
  readonly diagnostics: string[];
}

const DEFAULT_OPTIONS: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  noUncheckedIndexedAccess: true,
  isolatedModules: true,
  target: ts.ScriptTarget.ES2020,
  lib: ['lib.es2020.d.ts'],
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  types: [],
  // Our own .d.ts files must be checked; only the roots are asked for diagnostics.
  skipLibCheck: false,
  skipDefaultLibCheck: true,
};

/**
 * Type-checks generated files together with a consumer file that uses them, with the real
 * TypeScript compiler (`typescript`, the version users have), in one program: the files are
 * written under `os.tmpdir()` exactly where the CLI would put them relative to the component
 * directory, and every `.ts`/`.d.ts` among them plus the consumer is a root. Only the roots are
 * checked (our `.d.ts` files too, `skipLibCheck` is off): errors inside `node_modules` are not
 * ours to report, and checking them would be slow. A consumer should
 * include a `// @ts-expect-error` on a misuse: an unused one is itself an error, so the check
 * can fail both ways.
 *
 * Source files of the standard library and of `node_modules` are parsed once per worker and
 * reused across checks.
 */
export function typeCheck(
  files: readonly GeneratedFile[],
  consumer: string,
  options: TypeCheckOptions = {},
): TypeCheckResult {
  const consumerFile = { path: options.consumerPath ?? 'consumer.ts', contents: consumer };
  const project = writeTempProject(files, [consumerFile], options.nodeModulesFrom);
  try {
    const compilerOptions = { ...DEFAULT_OPTIONS, ...options.compilerOptions };
    const roots = [...files, consumerFile]
      .filter((file) => /\.(c|m)?tsx?$/.test(file.path))
      .map((file) => join(project.componentDir, file.path));
    const program = ts.createProgram({
      rootNames: roots,
      options: compilerOptions,
      host: cachingHost(compilerOptions),
    });
    const diagnostics = [
      ...program.getOptionsDiagnostics(),
      ...program.getGlobalDiagnostics(),
      ...roots.flatMap((root) => {
        const sourceFile = program.getSourceFile(root);
        if (sourceFile === undefined) throw new Error(`typeCheck: ${root} is not in the program`);
        return [
          ...program.getSyntacticDiagnostics(sourceFile),
          ...program.getSemanticDiagnostics(sourceFile),
        ];
      }),
    ];
    return { diagnostics: diagnostics.map((d) => formatDiagnostic(d, project.componentDir)) };
  } finally {
    project.remove();
  }
}

const sharedSourceFiles = new Map<string, ts.SourceFile>();

function cachingHost(options: ts.CompilerOptions): ts.CompilerHost {
  const host = ts.createCompilerHost(options, true);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    const shareable =
      fileName.includes('/node_modules/') ||
      fileName.startsWith(host.getDefaultLibLocation?.() ?? '\0');
    if (!shareable) return getSourceFile(fileName, languageVersion, onError, shouldCreate);
    const key = `${JSON.stringify(languageVersion)}:${fileName}`;
    const cached = sharedSourceFiles.get(key);
    if (cached !== undefined) return cached;
    const sourceFile = getSourceFile(fileName, languageVersion, onError, shouldCreate);
    if (sourceFile !== undefined) sharedSourceFiles.set(key, sourceFile);
    return sourceFile;
  };
  return host;
}

function formatDiagnostic(diagnostic: ts.Diagnostic, componentDir: string): string {
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
  if (diagnostic.file === undefined || diagnostic.start === undefined) {
    return `TS${diagnostic.code} ${message}`;
  }
  const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
  const path = relative(componentDir, diagnostic.file.fileName).split('\\').join('/');
  return `${path}(${line + 1},${character + 1}): TS${diagnostic.code} ${message}`;
}
