import type { SchemaIR } from '@uibuilder-codegen/transform';
import type { EmittedSource } from '../emitted-source.js';
import { group, indent, line } from '../layout/doc.js';
import { moduleSpecifiers, objectPattern } from '../layout/braced-list.js';
import { assignment } from '../layout/assignment.js';
import { callArguments, huggedLastArgument } from '../layout/call-arguments.js';
import { objectExpression, stringProperty } from '../layout/object-expression.js';
import { printDoc } from '../layout/print-doc.js';
import { objectKey, stringLiteral } from '../layout/string-literal.js';
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
 * `const Name = Object.freeze({ VALUE: "VALUE", ... });` as prettier prints it: the object hugs the
 * call's parentheses when `Object.freeze({` fits (last-argument expansion), and the assignment
 * breaks after `=` when even `Object.freeze(` does not fit. An enum without values freezes `{}`,
 * which is not hugged.
 */
function frozenEnum(name: string, values: readonly string[], freeze: string): string {
  const object = objectExpression(values.map((value) => stringProperty(objectKey(value), value)));
  const args = values.length === 0 ? callArguments([object]) : huggedLastArgument([object]);
  return printDoc(assignment(['const ', name], [freeze, args]));
}

/**
 * `const { A, B } = initSchema(schema);`: prettier breaks after `=` before it breaks the names
 * one a line.
 */
function classDeclarations(classes: readonly string[]): string {
  const initializer = group(indent([line, 'initSchema(schema)']));
  return printDoc(['const ', group([group(objectPattern(classes)), ' =', initializer]), ';']);
}
