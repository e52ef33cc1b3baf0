import type { SchemaIR } from '@uibuilder-codegen/transform';
import type { EmittedSource } from '../emitted-source.js';
import { propertyName } from './declaration-text.js';
import { identifierKind, modelDeclaration, nonModelDeclaration } from './model-declaration.js';

/**
 * `models/index.d.ts`: the types of what `index.js` exports. Enums, then models, then non-models,
 * each in IR order. Of the identifier types, only those the models use are imported.
 */
export function createDataStoreIndexDts(ir: SchemaIR, path: string): EmittedSource {
  const identifiers = [...new Set(ir.models.map(identifierKind))].sort();
  const hasTypes = ir.models.length + ir.nonModels.length > 0;
  // Two imports, as amplify codegen writes them: the model helpers, then the lazy-loading types.
  const imports = hasTypes
    ? [
        `import { ${['ModelInit', 'MutableModel', '__modelMeta__', ...identifiers].join(', ')} } from '@aws-amplify/datastore';`,
        `import { LazyLoading, LazyLoadingDisabled, AsyncCollection, AsyncItem } from '@aws-amplify/datastore';`,
      ]
    : [];
  const blocks = [
    ...ir.enums.map(
      (enumIR) =>
        `export declare enum ${enumIR.name} {\n` +
        enumIR.values
          .map((value) => `  ${propertyName(value)} = ${JSON.stringify(value)},`)
          .join('\n') +
        `\n}`,
    ),
    ...ir.models.map(modelDeclaration),
    ...ir.nonModels.map(nonModelDeclaration),
  ];
  const contents = [imports.join('\n'), ...blocks].filter((block) => block !== '').join('\n\n');
  return {
    kind: 'literal',
    path,
    contents: contents === '' ? 'export {};\n' : `${contents}\n`,
    comment: 'line',
  };
}
