import type { SchemaIR } from '@uibuilder-codegen/transform';
import { diagnostic, type Diagnostic } from '@uibuilder-codegen/core';

/** Names the package itself declares or imports at the top level of `index.js` / `index.d.ts`. */
const PACKAGE_NAMES: ReadonlySet<string> = new Set([
  'initSchema',
  'schema',
  'ModelInit',
  'MutableModel',
  '__modelMeta__',
  'ManagedIdentifier',
  'OptionallyManagedIdentifier',
  'CustomIdentifier',
  'CompositeIdentifier',
  'LazyLoading',
  'LazyLoadingDisabled',
  'AsyncCollection',
  'AsyncItem',
]);

/**
 * Type names that would clash inside the package: a model, enum or non-model named like one of
 * the package's imports, or like another type's `Eager<Name>` / `Lazy<Name>` helper type. Each is
 * a `DataStoreNameCollision` error at the type, since the package would not load or not compile.
 */
export function dataStoreNameCollisions(ir: SchemaIR): Diagnostic[] {
  const helpers = new Map<string, string>();
  for (const type of [...ir.models, ...ir.nonModels]) {
    helpers.set(`Eager${type.name}`, type.name);
    helpers.set(`Lazy${type.name}`, type.name);
  }
  return [...ir.models, ...ir.enums, ...ir.nonModels].flatMap((type): Diagnostic[] => {
    const owner = helpers.get(type.name);
    if (!PACKAGE_NAMES.has(type.name) && owner === undefined) return [];
    return [diagnostic('DataStoreNameCollision', type.path, { name: type.name, owner })];
  });
}
