import type { SchemaIR } from '@uibuilder-codegen/transform';
import type { EmittedSource } from '../emitted-source.js';
import { propertyName } from './declaration-text.js';

/**
 * `models/index.js`: enums as frozen objects, the model and non-model classes from `initSchema`,
 * and one export list (models, enums, non-models). Imports carry `.js` so Node's ESM loader can
 * load the package without a bundler.
 */
export function createDataStoreIndexJs(
  ir: SchemaIR,
  path: string,
  schemaSpecifier: string,
): EmittedSource {
  const classes = [...ir.models, ...ir.nonModels].map((type) => type.name);
  const enums = ir.enums.map(
    (enumIR) =>
      `const ${enumIR.name} = Object.freeze({\n` +
      enumIR.values
        .map((value) => `  ${propertyName(value)}: ${JSON.stringify(value)},`)
        .join('\n') +
      `\n});`,
  );
  const exported = [
    ...ir.models.map((model) => model.name),
    ...ir.enums.map((enumIR) => enumIR.name),
    ...ir.nonModels.map((nonModel) => nonModel.name),
  ];
  const blocks = [
    `import { initSchema } from '@aws-amplify/datastore';\nimport { schema } from '${schemaSpecifier}';`,
    ...enums,
    classes.length > 0
      ? `const { ${classes.join(', ')} } = initSchema(schema);`
      : 'initSchema(schema);',
    exported.length > 0 ? `export { ${exported.join(', ')} };` : 'export {};',
  ];
  return { kind: 'literal', path, contents: `${blocks.join('\n\n')}\n`, comment: 'line' };
}
