import type { FieldIR, ModelIR, NonModelIR } from '@uibuilder-codegen/transform';
import { propertySignature } from '../layout/type-doc.js';
import type { TypeNode } from '../layout/type-doc.js';
import {
  literal,
  propertyLine,
  propertyName,
  reference,
  union,
  UNDEFINED,
  valueType,
} from './declaration-text.js';
import { associatedModelName, primaryKeyFields } from './field-association.js';
import { isRequiredInDataStore } from './field-requiredness.js';
import {
  lazyLoadingAlias,
  modelConstructor,
  nonModelConstructor,
  typeAlias,
} from './type-alias.js';

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
 * `LazyLoading`, and the constructor with `copyOf`; laid out as prettier lays them out.
 */
export function modelDeclaration(model: ModelIR): string {
  const name = model.name;
  return [
    typeAlias(`Eager${name}`, (indent) => [
      ...modelMeta(model, indent),
      ...model.fields.map((field) => eagerProperty(field, model, indent)),
    ]),
    typeAlias(`Lazy${name}`, (indent) => [
      ...modelMeta(model, indent),
      ...model.fields.map((field) => lazyProperty(field, model, indent)),
    ]),
    lazyLoadingAlias(name),
    modelConstructor(name),
  ].join('\n\n');
}

/** A non-model's declarations: the same Eager/Lazy pair (they differ only for models) and a constructor. */
export function nonModelDeclaration(nonModel: NonModelIR): string {
  const name = nonModel.name;
  const body = (indent: number): string[] =>
    nonModel.fields.map((field) => eagerProperty(field, undefined, indent));
  return [
    typeAlias(`Eager${name}`, body),
    typeAlias(`Lazy${name}`, body),
    lazyLoadingAlias(name),
    nonModelConstructor(name),
  ].join('\n\n');
}

/** The `readonly [__modelMeta__]` member: the key's identifier type and the read-only fields. */
function modelMeta(model: ModelIR, indent: number): string[] {
  const readOnly = model.fields.filter((field) => field.readOnly).map((field) => field.name);
  const pad = ' '.repeat(indent);
  return [
    `${pad}readonly [__modelMeta__]: {`,
    propertySignature('identifier', identifierType(model), indent + 2),
    ...(readOnly.length > 0
      ? [propertySignature('readOnlyFields', union(...readOnly.map(literal)), indent + 2)]
      : []),
    `${pad}};`,
  ];
}

function identifierType(model: ModelIR): TypeNode {
  const kind = identifierKind(model);
  const fields = primaryKeyFields(model).map(literal);
  const key: TypeNode =
    kind === 'CompositeIdentifier' ? { kind: 'tuple', elements: fields } : fields[0]!;
  return reference(kind, [reference(model.name), key]);
}

function eagerProperty(field: FieldIR, model: ModelIR | undefined, indent: number): string {
  return propertyLine(
    field,
    field.relation === undefined
      ? valueType(field)
      : reference(associatedModelName(field.relation)),
    isRequiredInDataStore(field, model),
    indent,
  );
}

function lazyProperty(field: FieldIR, model: ModelIR, indent: number): string {
  if (field.relation === undefined) return eagerProperty(field, model, indent);
  const related = reference(associatedModelName(field.relation));
  const head = `readonly ${propertyName(field.name)}`;
  if (field.isArray)
    return propertySignature(head, reference('AsyncCollection', [related]), indent);
  const item = field.required ? related : union(related, UNDEFINED);
  return propertySignature(head, reference('AsyncItem', [item]), indent);
}
