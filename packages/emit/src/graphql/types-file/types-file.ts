import { Kind } from '../graphql-language.js';
import { namedTypeName } from '../api-schema/api-schema.js';
import type { ApiSchema } from '../api-schema/api-schema.js';
import type { Declaration } from './declaration.js';
import { enumDeclarations } from './enum-types.js';
import { inputTypeAliases } from './input-types.js';
import { objectTypeAliases } from './object-types.js';
import { printDeclarations, printEnumObjects } from './print-declarations.js';
import type { DeclarationForm } from './print-declarations.js';
import { declaredTypes } from './schema-types.js';

/**
 * The source text of the types file (`API.ts`) that typed statements import as `APITypes`, without
 * a banner, or with `form: 'declaration'` the `.d.ts` beside the JavaScript one. In this order:
 * 1. every enum, as a `const` object and a union type of the same name;
 * 2. every object type except the root types (models, non-models, connections);
 * 3. every input type (only those named in `inputTypes`, when given: a deployed schema's);
 * each group in declaration order, then
 * 4. `operationDeclarations`: per document, in statement order, `<variablesTypeName>` and
 *    `<resultTypeName>` (made by `operationTypeAliases` one document at a time, so the documents
 *    need not all be kept).
 */
export function typesSourceWithOperations(
  schema: ApiSchema,
  typename: boolean,
  operationDeclarations: readonly Declaration[],
  options: { form?: DeclarationForm; inputTypes?: ReadonlySet<string> | undefined } = {},
): string {
  const { form = 'typescript', inputTypes } = options;
  const all = declaredTypes(schema);
  // Only the inputs (and argument enums) the operations take, when the caller names them (a
  // deployed schema); an enum an object type's field holds is declared either way.
  const types = inputTypes === undefined ? all : all.filter((t) => takenOrHeld(t, inputTypes, all));
  return printDeclarations(
    [
      ...enumDeclarations(types),
      ...objectTypeAliases(schema, types, typename),
      ...inputTypeAliases(schema, types),
      ...operationDeclarations,
    ],
    form,
  );
}

/**
 * The JavaScript types file (`API.js`): only the enums survive, each as a frozen object
 * (`export {};` when there are none, so the file is still a module).
 */
export function typesFileJavaScript(schema: ApiSchema): string {
  return printEnumObjects(enumDeclarations(declaredTypes(schema)));
}

/** Whether an input type or enum is taken by an operation, or (an enum) held by an object type. */
function takenOrHeld(
  type: ReturnType<typeof declaredTypes>[number],
  inputTypes: ReadonlySet<string>,
  all: ReturnType<typeof declaredTypes>,
): boolean {
  const name = type.name.value;
  if (type.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION) return inputTypes.has(name);
  if (type.kind !== Kind.ENUM_TYPE_DEFINITION || inputTypes.has(name)) return true;
  return all.some(
    (other) =>
      other.kind === Kind.OBJECT_TYPE_DEFINITION &&
      (other.fields ?? []).some((field) => namedTypeName(field.type) === name),
  );
}
