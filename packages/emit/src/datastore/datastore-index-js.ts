import type { SchemaIR } from '@uibuilder-codegen/transform';
import type { EmittedSource } from '../emitted-source.js';
import { group, indent, line } from '../layout/doc.js';
import { moduleSpecifiers, objectPattern } from '../layout/braced-list.js';
import { printObjectLiteral } from '../layout/object-literal.js';
import { PRINT_WIDTH, printDoc } from '../layout/print-doc.js';
import { stringLiteral } from '../layout/string-literal.js';
import { globalName } from '../typescript/global-name.js';

/**
 * `models/index.js`: enums as frozen objects, the model and non-model classes from `initSchema`,
 * and one export list (models, enums, non-models). Imports carry `.js` so Node's ESM loader can
 * load the package without a bundler. Printed as prettier prints it with its default options.
 */
export function createDataStoreIndexJs(
  ir: SchemaIR,
  path: string,
  schemaSpecifier: string,
): EmittedSource {
  const classes = [...ir.models, ...ir.nonModels].map((type) => type.name);
  const exported = [
    ...ir.models.map((model) => model.name),
    ...ir.enums.map((enumIR) => enumIR.name),
    ...ir.nonModels.map((nonModel) => nonModel.name),
  ];
  // The module declares every type by name: a model named `Object` shadows the global.
  const names = new Set([...classes, ...ir.enums.map((enumIR) => enumIR.name)]);
  const freeze = `${globalName('Object', (name) => names.has(name))}.freeze`;
  const blocks = [
    `import { initSchema } from "@aws-amplify/datastore";\nimport { schema } from ${stringLiteral(schemaSpecifier)};`,
    ...ir.enums.map((enumIR) => frozenEnum(enumIR.name, enumIR.values, freeze)),
    classes.length > 0 ? classDeclarations(classes) : 'initSchema(schema);',
    printDoc(['export ', moduleSpecifiers(exported), ';']),
  ];
  return {
    kind: 'literal',
    path,
    contents: `${blocks.join('\n\n')}\n`,
    comment: 'line',
    prettierStable: true,
  };
}

/**
 * `const Name = Object.freeze({ VALUE: "VALUE", ... });`. prettier keeps `Object.freeze({` on the
 * first line when it fits; else the object becomes the call's only, broken-out argument when
 * `Object.freeze(` still fits; else the call moves to the next line. These stay rules (not a
 * document of layout/): prettier decides them by trying the call's argument hugged and broken
 * (its `conditionalGroup` of the last-argument expansion), which the other printers do not need.
 */
function frozenEnum(name: string, values: readonly string[], freeze: string): string {
  const object = Object.fromEntries(values.map((value) => [value, value]));
  const head = `const ${name} = ${freeze}(`;
  const opening = values.length === 0 ? '{});' : '{';
  if (`${head}${opening}`.length <= PRINT_WIDTH) return `${head}${printObjectLiteral(object)});`;
  if (head.length <= PRINT_WIDTH) return `${head}\n  ${printObjectLiteral(object, 2)},\n);`;
  return `const ${name} =\n  ${freeze}(${printObjectLiteral(object, 2)});`;
}

/**
 * `const { A, B } = initSchema(schema);`: prettier breaks after `=` before it breaks the names
 * one a line.
 */
function classDeclarations(classes: readonly string[]): string {
  const initializer = group(indent([line, 'initSchema(schema)']));
  return printDoc(['const ', group([group(objectPattern(classes)), ' =', initializer]), ';']);
}
