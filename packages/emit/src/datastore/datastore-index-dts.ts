import type { SchemaIR } from '@uibuilder-codegen/transform';
import type { EmittedSource } from '../emitted-source.js';
import { moduleSpecifiers } from '../layout/braced-list.js';
import { printDoc } from '../layout/print-doc.js';
import { stringLiteral } from '../layout/string-literal.js';
import { propertyName } from './declaration-text.js';
import { identifierKind, modelDeclaration, nonModelDeclaration } from './model-declaration.js';

/**
 * `models/index.d.ts`: the types of what `index.js` exports. Enums, then models, then non-models,
 * each in IR order. Of the identifier types, only those the models use are imported. Printed as
 * prettier prints it with its default options.
 */
export function createDataStoreIndexDts(ir: SchemaIR, path: string): EmittedSource {
  const identifiers = [...new Set(ir.models.map(identifierKind))].sort();
  const hasTypes = ir.models.length + ir.nonModels.length > 0;
  // Two imports, as amplify codegen writes them: the model helpers, then the lazy-loading types.
  const imports = hasTypes
    ? [
        importDeclaration(['ModelInit', 'MutableModel', '__modelMeta__', ...identifiers]),
        importDeclaration(['LazyLoading', 'LazyLoadingDisabled', 'AsyncCollection', 'AsyncItem']),
      ]
    : [];
  const blocks = [
    ...ir.enums.map((enumIR) => enumDeclaration(enumIR.name, enumIR.values)),
    ...ir.models.map(modelDeclaration),
    ...ir.nonModels.map(nonModelDeclaration),
  ];
  const contents = [imports.join('\n'), ...blocks].filter((block) => block !== '').join('\n\n');
  return {
    kind: 'literal',
    path,
    contents: contents === '' ? 'export {};\n' : `${contents}\n`,
    comment: 'line',
    prettierStable: true,
  };
}

function importDeclaration(names: readonly string[]): string {
  return printDoc(['import ', moduleSpecifiers(names), ' from "@aws-amplify/datastore";']);
}

/** An enum declaration; prettier never breaks its members, however long. */
function enumDeclaration(name: string, values: readonly string[]): string {
  if (values.length === 0) return `export declare enum ${name} {}`;
  const members = values.map((value) => `  ${propertyName(value)} = ${stringLiteral(value)},`);
  return `export declare enum ${name} {\n${members.join('\n')}\n}`;
}
