import type { StatementStructures } from 'ts-morph';
import { tsMorph } from '../typescript/ts-morph-module.js';
import type { EmitContext } from '../emit-context.js';
import type { GeneratorResult } from '../generator-result.js';
import { createEnumStatements } from './enum-statements.js';
import { createTypeInterface } from './type-interface.js';
import { globalName } from '../typescript/global-name.js';

/**
 * The plain model interfaces `noApiConfig` asks for: enums first, then non-models, then models,
 * each in the IR's order, built from structures and added to one in-memory source file in one
 * batch. A schema with no types still gives a module (`export {};`), so imports of it compile.
 */
export function createModelsSource(context: EmitContext): GeneratorResult {
  const { ir } = context;
  if (ir.render.api.kind !== 'noApi') return { sources: [], diagnostics: [] };
  const target = ir.render.api.models;
  // The module exports every type by name, so a type named `Array` shadows the global.
  const names = new Set([...ir.enums, ...ir.nonModels, ...ir.models].map((type) => type.name));
  const list = globalName('Array', (name) => names.has(name));
  const statements: (string | StatementStructures)[] = [
    ...ir.enums.map((enumIR) => createEnumStatements(enumIR)),
    ...ir.nonModels.map((nonModel) => createTypeInterface(nonModel, list)),
    ...ir.models.map((model) => createTypeInterface(model, list)),
  ];
  const { IndentationText, NewLineKind, Project, QuoteKind } = tsMorph();
  const project = new Project({
    useInMemoryFileSystem: true,
    skipLoadingLibFiles: true,
    manipulationSettings: {
      indentationText: IndentationText.TwoSpaces,
      newLineKind: NewLineKind.LineFeed,
      quoteKind: QuoteKind.Double,
    },
  });
  const file = project.createSourceFile('/models/index.ts', { statements });
  const source = statements.length === 0 ? 'export {};\n' : file.getFullText();
  return {
    // ts-morph prints these structures in prettier's default style (checked by the CLI's format tests).
    sources: [{ kind: 'module', target, ts: { text: source, prettierStable: true } }],
    diagnostics: [],
  };
}
