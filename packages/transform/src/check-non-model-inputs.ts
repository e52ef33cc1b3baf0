/**
 * `checkNonModelInputs`: refuses a model field whose non-model holds a model, directly or through
 * other non-models. A non-model may hold a model as a plain value when custom operations return
 * it (fixtures/real/non-model-holds-model), but a model field gives the non-model an input
 * (`SearchResultInput`, model-transformer `createNonModelInputs`) whose model field names
 * `ShopInput`, an input the transformer never defines: AppSync cannot deploy that schema
 * (amplify-category-api#193), so no job of a deployed API has it.
 */
import { diagnostic } from '@uibuilder-codegen/core';
import type { Diagnostic } from '@uibuilder-codegen/core';
import type { FieldIR, NonModelIR, SchemaIR } from './ir.js';
import type { PassResult } from './pass.js';

/** The first `NonModel.field` holding a model that `field` reaches through non-models. */
function heldModel(
  field: FieldIR,
  nonModels: ReadonlyMap<string, NonModelIR>,
  seen: Set<string>,
): { holder: string; field: FieldIR } | undefined {
  if (field.type.kind !== 'nonModel' || seen.has(field.type.name)) return undefined;
  seen.add(field.type.name);
  const nonModel = nonModels.get(field.type.name);
  for (const inner of nonModel?.fields ?? []) {
    if (inner.type.kind === 'model') return { holder: field.type.name, field: inner };
    const deeper = heldModel(inner, nonModels, seen);
    if (deeper !== undefined) return deeper;
  }
  return undefined;
}

/** Errors for the model fields whose non-model input would name an input of a model. */
export function checkNonModelInputs(ir: SchemaIR): PassResult {
  const nonModels = new Map(ir.nonModels.map((n) => [n.name, n]));
  const diagnostics: Diagnostic[] = [];
  for (const model of ir.models) {
    for (const field of model.fields) {
      const held = heldModel(field, nonModels, new Set());
      if (held === undefined) continue;
      diagnostics.push(
        diagnostic('NonModelInputHoldsModel', field.path, {
          owner: `${model.name}.${field.name}`,
          nonModel: field.type.name,
          holder: `${held.holder}.${held.field.name}`,
          field: held.field.name,
          model: held.field.type.name,
        }),
      );
    }
  }
  return { ir, diagnostics };
}
