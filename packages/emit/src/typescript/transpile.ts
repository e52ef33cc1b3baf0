import { ts } from 'ts-morph';
import type { RenderIR } from '@uibuilder-codegen/transform';

/** What `ts.transpileModule` needs from the render config. */
export type TranspileSettings = Pick<RenderIR, 'target' | 'module' | 'inlineSourceMap'>;

const TARGETS: Readonly<Record<RenderIR['target'], ts.ScriptTarget>> = {
  es2015: ts.ScriptTarget.ES2015,
  es2020: ts.ScriptTarget.ES2020,
};

const MODULES: Readonly<Record<RenderIR['module'], ts.ModuleKind>> = {
  es2020: ts.ModuleKind.ES2020,
  esnext: ts.ModuleKind.ESNext,
};

/**
 * Transpiles one generated TypeScript file to JavaScript with ts-morph's bundled compiler (the same
 * one that builds the declarations). `fileName` is the TypeScript file's base name; with
 * `inlineSourceMap` the map names it and carries its text (`inlineSources`), because only the
 * JavaScript is written to disk.
 *
 * Generated TypeScript with a syntax error is a bug in a generator, so it throws.
 */
export function transpileToJavaScript(
  source: string,
  fileName: string,
  settings: TranspileSettings,
): string {
  const result = ts.transpileModule(source, {
    fileName,
    reportDiagnostics: true,
    compilerOptions: {
      target: TARGETS[settings.target],
      module: MODULES[settings.module],
      inlineSourceMap: settings.inlineSourceMap,
      inlineSources: settings.inlineSourceMap,
      newLine: ts.NewLineKind.LineFeed,
      removeComments: false,
      // Our sources are self-contained ES modules: nothing to elide across files.
      verbatimModuleSyntax: false,
      isolatedModules: true,
    },
  });
  const errors = (result.diagnostics ?? []).filter(
    (d) => d.category === ts.DiagnosticCategory.Error,
  );
  if (errors.length > 0) {
    const text = errors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')).join('; ');
    throw new Error(`Generated TypeScript for ${fileName} does not transpile: ${text}`);
  }
  return result.outputText;
}
