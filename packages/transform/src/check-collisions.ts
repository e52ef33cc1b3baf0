/**
 * `checkCollisions`: user type names against reserved names (TypeScript globals, GraphQL and
 * AppSync built-ins) and against every name the generator derives (`CreatePostInput`,
 * `ModelPostConnection`, `GetPostQuery`, ...), and operations that two models would both generate
 * (`Wish` and `Wishes` both want `listWishes`). All are errors: renaming a user's type by a
 * heuristic would break the code that imports it (STYLE.md). A model or non-model named `then` in a
 * DataStore package is a warning (`ThenableModule`).
 */
import { diagnostic } from '@uibuilder-codegen/core';
import type { Diagnostic } from '@uibuilder-codegen/core';
import type { SchemaIR } from './ir.js';
import type { Pass } from './pass.js';
import { RESERVED_TYPE_NAMES } from './reserved-names.js';

const SHARED_SCALAR_INPUTS = ['String', 'ID', 'Int', 'Float', 'Boolean'].flatMap((s) => [
  `Model${s}Input`,
  `ModelSubscription${s}Input`,
  `Model${s}KeyConditionInput`,
]);

/** Every generated type name with what generates it, in IR order. */
function generatedTypeNames(ir: SchemaIR): Map<string, string> {
  const names = new Map<string, string>();
  const add = (name: string, by: string): void => {
    if (!names.has(name)) names.set(name, by);
  };
  for (const n of SHARED_SCALAR_INPUTS) add(n, 'the shared AppSync inputs');
  for (const m of ir.models) {
    for (const n of Object.values(m.typeNames)) add(n, `model ${m.name}`);
    if (m.primaryKey.sortKeys.length > 1) {
      add(`Model${m.name}PrimaryCompositeKeyConditionInput`, `model ${m.name}`);
      add(`Model${m.name}PrimaryCompositeKeyInput`, `model ${m.name}`);
    }
  }
  for (const n of ir.nonModels) add(n.inputTypeName, `non-model ${n.name}`);
  for (const e of ir.enums) {
    add(`Model${e.name}Input`, `enum ${e.name}`);
    add(`Model${e.name}ListInput`, `enum ${e.name}`);
  }
  for (const op of ir.operations) {
    add(op.resultTypeName, `operation ${op.fieldName}`);
    add(op.variablesTypeName, `operation ${op.fieldName}`);
  }
  return names;
}

/** Reports every collision; the IR is returned unchanged. */
export const checkCollisions: Pass = (ir) => {
  const diagnostics: Diagnostic[] = [];
  const generated = generatedTypeNames(ir);
  const userTypes = [
    ...ir.models.map((t) => ({ kind: 'Model', name: t.name, path: t.path })),
    ...ir.enums.map((t) => ({ kind: 'Enum', name: t.name, path: t.path })),
    ...ir.nonModels.map((t) => ({ kind: 'Non-model', name: t.name, path: t.path })),
  ];
  for (const t of userTypes) {
    const reason = RESERVED_TYPE_NAMES.get(t.name);
    const by = generated.get(t.name);
    if (reason !== undefined)
      diagnostics.push(
        diagnostic('ReservedTypeName', t.path, { kind: t.kind, name: t.name, reason }),
      );
    else if (by !== undefined)
      diagnostics.push(
        diagnostic('GeneratedNameCollision', t.path, {
          kind: t.kind,
          name: t.name,
          generatedBy: by,
        }),
      );
  }
  // A DataStore package exports each model and non-model class by name; see ThenableModule.
  if (ir.render.api.kind === 'dataStore') {
    for (const t of userTypes) {
      if (t.name === 'then' && t.kind !== 'Enum')
        diagnostics.push(diagnostic('ThenableModule', t.path, { kind: t.kind, name: t.name }));
    }
  }
  const operationOwners = new Map<string, string>();
  const paths = new Map(ir.models.map((m) => [m.name, m.path]));
  for (const op of ir.operations) {
    const first = operationOwners.get(op.fieldName);
    if (first === undefined) operationOwners.set(op.fieldName, op.model);
    else if (first !== op.model) {
      diagnostics.push(
        diagnostic('OperationNameCollision', paths.get(op.model) ?? '', {
          name: op.fieldName,
          models: `${first} and ${op.model}`,
        }),
      );
    }
  }
  return { ir, diagnostics };
};
