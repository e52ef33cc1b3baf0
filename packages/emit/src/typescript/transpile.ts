import type { ts } from 'ts-morph';
import type { OutputFormIR } from '@uibuilder-codegen/transform';
import { tsMorph } from './ts-morph-module.js';

/** What `ts.transpileModule` needs from the output form. */
export type TranspileSettings = Pick<
  Extract<OutputFormIR, { language: 'js' }>,
  'target' | 'module' | 'inlineSourceMap'
>;

function targetOf(typescript: typeof ts, target: TranspileSettings['target']): ts.ScriptTarget {
  return target === 'es2015' ? typescript.ScriptTarget.ES2015 : typescript.ScriptTarget.ES2020;
}

function moduleOf(typescript: typeof ts, module: TranspileSettings['module']): ts.ModuleKind {
  return module === 'es2020' ? typescript.ModuleKind.ES2020 : typescript.ModuleKind.ESNext;
}

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
  const ts = tsMorph().ts;
  const result = ts.transpileModule(source, {
    fileName,
    reportDiagnostics: true,
    compilerOptions: {
      target: targetOf(ts, settings.target),
      module: moduleOf(ts, settings.module),
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
