/**
 * `Create<M>Input`, `Update<M>Input`, `Delete<M>Input` (§1.8) and the non-model `<N>Input`s (§1.11).
 */
import type { FieldIR, ModelIR, NonModelIR, SchemaIR } from '@uibuilder-codegen/transform';
import type { InputObjectTypeDefinitionNode, InputValueDefinitionNode, TypeNode } from 'graphql';
import { fieldTypeNode, resolveFieldType } from './field-types.js';
import type { ResolvedFieldType } from './field-types.js';
import { schemaLookup } from './schema-lookup.js';
import { inputType, inputValue, nonNull, nullable } from './sdl-nodes.js';

function inputTypeName(ir: SchemaIR, resolved: ResolvedFieldType): string {
  if (resolved.kind !== 'nonModel') return resolved.typeName;
  return schemaLookup(ir).nonModel(resolved.typeName).inputTypeName;
}

function inputFieldType(ir: SchemaIR, model: ModelIR | undefined, field: FieldIR): TypeNode {
  const resolved = resolveFieldType(ir, model, field);
  return fieldTypeNode(resolved, inputTypeName(ir, resolved));
}

function keyFieldNames(model: ModelIR): string[] {
  return [model.primaryKey.partitionKey, ...model.primaryKey.sortKeys];
}

/** Declared non-relationship fields in order, then the implicit FKs; added timestamps dropped. */
function writableFields(model: ModelIR): FieldIR[] {
  const fields = model.fields.filter((f) => f.type.kind !== 'model' && f.origin !== 'timestamp');
  return [
    ...fields.filter((f) => f.origin !== 'implicitForeignKey'),
    ...fields.filter((f) => f.origin === 'implicitForeignKey'),
  ];
}

function isOptionalOnCreate(field: FieldIR): boolean {
  const isGeneratedId =
    field.name === 'id' &&
    field.type.kind === 'scalar' &&
    (field.type.name === 'ID' || field.type.name === 'String');
  const isDeclaredTimestamp = field.name === 'createdAt' || field.name === 'updatedAt';
  return isGeneratedId || isDeclaredTimestamp;
}

/** `Create<M>Input`: a generated `id` and declared timestamps are optional. */
export function createInput(ir: SchemaIR, model: ModelIR): InputObjectTypeDefinitionNode {
  return inputType(
    model.typeNames.createInput,
    writableFields(model).map((field) => {
      const type = inputFieldType(ir, model, field);
      return inputValue(field.name, isOptionalOnCreate(field) ? nullable(type) : type);
    }),
  );
}

/** `Update<M>Input`: every field optional except the primary key. */
export function updateInput(ir: SchemaIR, model: ModelIR): InputObjectTypeDefinitionNode {
  const keys = new Set(keyFieldNames(model));
  return inputType(
    model.typeNames.updateInput,
    writableFields(model).map((field) => {
      const type = inputFieldType(ir, model, field);
      return inputValue(field.name, keys.has(field.name) ? nonNull(type) : nullable(type));
    }),
  );
}

/** `Delete<M>Input`: the primary-key fields, non-null. */
export function deleteInput(ir: SchemaIR, model: ModelIR): InputObjectTypeDefinitionNode {
  const fields: InputValueDefinitionNode[] = keyFieldNames(model).map((name) => {
    const field = model.fields.find((f) => f.name === name);
    if (field === undefined)
      throw new Error(`AppSync schema: key field ${model.name}.${name} does not exist`);
    return inputValue(name, nonNull(inputFieldType(ir, model, field)));
  });
  return inputType(model.typeNames.deleteInput, fields);
}

/**
 * The non-models that get an `<N>Input`, in the IR's order: those a model field holds, and the
 * non-models they hold, transitively. The transformer makes them while it walks each model's
 * fields (model-transformer `createNonModelInputs`); a non-model only custom operations return has
 * none (fixtures/real/non-model-holds-model).
 */
export function nonModelsWithInputs(ir: SchemaIR): NonModelIR[] {
  const lookup = schemaLookup(ir);
  const reached = new Set<string>();
  const visit = (fields: readonly FieldIR[]): void => {
    for (const field of fields) {
      if (field.type.kind !== 'nonModel' || reached.has(field.type.name)) continue;
      reached.add(field.type.name);
      visit(lookup.nonModel(field.type.name).fields);
    }
  };
  for (const model of ir.models) visit(model.fields);
  return ir.nonModels.filter((n) => reached.has(n.name));
}

/** `<N>Input` for a non-model: same fields and nullability, nested non-models as their inputs. */
export function nonModelInput(ir: SchemaIR, nonModel: NonModelIR): InputObjectTypeDefinitionNode {
  return inputType(
    nonModel.inputTypeName,
    nonModel.fields.map((field) => inputValue(field.name, inputFieldType(ir, undefined, field))),
  );
}
