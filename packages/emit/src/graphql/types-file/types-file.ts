import type { SchemaIR } from '@uibuilder-codegen/transform';
import { Kind } from '../graphql-language.js';
import { namedTypeName } from '../api-schema/api-schema.js';
import type { ApiSchema } from '../api-schema/api-schema.js';
import type { OperationDocument } from '../operation-document.js';
import type { Declaration } from './declaration.js';
import { enumDeclarations } from './enum-types.js';
import { inputTypeAliases } from './input-types.js';
import { objectTypeAliases } from './object-types.js';
import { operationTypeAliases } from './operation-types.js';
import { printDeclarations, printEnumObjects } from './print-declarations.js';
import type { DeclarationForm } from './print-declarations.js';
import { declaredTypes } from './schema-types.js';

/** What the types file is made from. */
export interface TypesSourceInput {
  /** The AppSync schema the documents were built against. */
  readonly schema: ApiSchema;
  /** One per typed statement, in statement order; each gets its variables and result type. */
  readonly documents: readonly OperationDocument[];
  /**
   * The IR the schema was built from. The schema already holds every type and field this file
   * declares, so nothing here is read from it; it is part of the input so every GraphQL file
   * generator is called alike.
   */
  readonly ir: SchemaIR;
  /** Whether model and connection types carry `__typename` (result types follow the selection). */
  readonly typename: boolean;
}

/**
 * The TypeScript source of the types file (`API.ts`) that typed statements import as `APITypes`,
 * without a banner. In this order:
 * 1. every enum, as a `const` object and a union type of the same name;
 * 2. every object type except the root types (models, non-models, connections);
 * 3. every input type;
 * each group in declaration order, then
 * 4. per document, in the given order, `<variablesTypeName>` and `<resultTypeName>`.
 */
export function createTypesSource(input: TypesSourceInput): string {
  const { schema, documents, typename } = input;
  const operations = documents.flatMap((document) => operationTypeAliases(schema, document));
  return typesSourceWithOperations(schema, typename, operations);
}

/**
 * {@link createTypesSource} with the per-operation declarations already made (by
 * `operationTypeAliases`, one document at a time, so the documents need not all be kept), for
 * the TypeScript file or, with `form: 'declaration'`, for the `.d.ts` beside the JavaScript one.
 * `inputTypes`, when given, limits the input types declared to those named.
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
