import type { FieldIR, ModelIR, NonModelIR } from '@uibuilder-codegen/transform';
import { propertyLine, propertyName, stringLiteral, valueType } from './declaration-text.js';
import { associatedModelName, primaryKeyFields } from './field-association.js';
import { isRequiredInDataStore } from './field-requiredness.js';

/** The `@aws-amplify/datastore` identifier type a model's `__modelMeta__` uses. */
export type IdentifierKind =
  'ManagedIdentifier' | 'OptionallyManagedIdentifier' | 'CustomIdentifier' | 'CompositeIdentifier';

/**
 * How DataStore treats the model's key (its `isIdManaged` / `isIdOptionallyManaged`): the default
 * `id` is generated; a custom key on `id` alone is generated unless given; any other key is the
 * caller's (`CustomIdentifier` for one field, `CompositeIdentifier` for several).
 */
export function identifierKind(model: ModelIR): IdentifierKind {
  const fields = primaryKeyFields(model);
  if (!model.primaryKey.isCustom) return 'ManagedIdentifier';
  if (fields.length > 1) return 'CompositeIdentifier';
  return fields[0] === 'id' ? 'OptionallyManagedIdentifier' : 'CustomIdentifier';
}

/**
 * A model's declarations, as amplify-js reads them: `Eager<M>` (relations as values), `Lazy<M>`
 * (relations as `AsyncCollection` / `AsyncItem`), the exported type that picks one by
 * `LazyLoading`, and the constructor with `copyOf`.
 */
export function modelDeclaration(model: ModelIR): string {
  const name = model.name;
  const readOnly = model.fields
    .filter((field) => field.readOnly)
    .map((field) => stringLiteral(field.name));
  const meta = [
    `  readonly [__modelMeta__]: {`,
    `    identifier: ${identifierType(model)};`,
    ...(readOnly.length > 0 ? [`    readOnlyFields: ${readOnly.join(' | ')};`] : []),
    `  };`,
  ];
  return [
    `type Eager${name} = {`,
    ...meta,
    ...model.fields.map((field) => eagerProperty(field, model)),
    `};`,
    ``,
    `type Lazy${name} = {`,
    ...meta,
    ...model.fields.map((field) => lazyProperty(field, model)),
    `};`,
    ``,
    `export declare type ${name} = LazyLoading extends LazyLoadingDisabled ? Eager${name} : Lazy${name};`,
    ``,
    `export declare const ${name}: (new (init: ModelInit<${name}>) => ${name}) & {`,
    `  copyOf(source: ${name}, mutator: (draft: MutableModel<${name}>) => MutableModel<${name}> | void): ${name};`,
    `};`,
  ].join('\n');
}

/** A non-model's declarations: the same Eager/Lazy pair (they differ only for models) and a constructor. */
export function nonModelDeclaration(nonModel: NonModelIR): string {
  const name = nonModel.name;
  const body = nonModel.fields.map((field) => eagerProperty(field, undefined));
  return [
    `type Eager${name} = {`,
    ...body,
    `};`,
    ``,
    `type Lazy${name} = {`,
    ...body,
    `};`,
    ``,
    `export declare type ${name} = LazyLoading extends LazyLoadingDisabled ? Eager${name} : Lazy${name};`,
    ``,
    `export declare const ${name}: new (init: ModelInit<${name}>) => ${name};`,
  ].join('\n');
}

function identifierType(model: ModelIR): string {
  const kind = identifierKind(model);
  const fields = primaryKeyFields(model).map(stringLiteral);
  return kind === 'CompositeIdentifier'
    ? `${kind}<${model.name}, [${fields.join(', ')}]>`
    : `${kind}<${model.name}, ${fields[0]!}>`;
}

function eagerProperty(field: FieldIR, model: ModelIR | undefined): string {
  return propertyLine(
    field,
    field.relation === undefined ? valueType(field) : associatedModelName(field.relation),
    isRequiredInDataStore(field, model),
  );
}

function lazyProperty(field: FieldIR, model: ModelIR): string {
  if (field.relation === undefined) return eagerProperty(field, model);
  const related = associatedModelName(field.relation);
  const name = propertyName(field.name);
  if (field.isArray) return `  readonly ${name}: AsyncCollection<${related}>;`;
  return field.required
    ? `  readonly ${name}: AsyncItem<${related}>;`
    : `  readonly ${name}: AsyncItem<${related} | undefined>;`;
}
