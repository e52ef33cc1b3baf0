import type { FieldIR, ModelIR, NonModelIR } from '@uibuilder-codegen/transform';
import type { Doc } from '../layout/doc.js';
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
  MEMBER_MAX_COLUMN,
  modelConstructor,
  nonModelConstructor,
  objectMember,
  type Member,
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
  return declarations([
    typeAlias(`Eager${name}`, [
      modelMeta(model),
      ...model.fields.map((field) => eagerProperty(field, model)),
    ]),
    typeAlias(`Lazy${name}`, [
      modelMeta(model),
      ...model.fields.map((field) => lazyProperty(field, model)),
    ]),
    lazyLoadingAlias(name),
    modelConstructor(name),
  ]);
}

/**
 * A non-model's declarations: the Eager/Lazy pair and a constructor. They differ only where the
 * non-model holds a model (`SearchResult.shops: [Shop]`), which modelgen's `Lazy` type makes an
 * `AsyncCollection` / `AsyncItem` as it does a model's relations.
 */
export function nonModelDeclaration(nonModel: NonModelIR): string {
  const name = nonModel.name;
  return declarations([
    typeAlias(
      `Eager${name}`,
      nonModel.fields.map((field) => eagerProperty(field, undefined)),
    ),
    typeAlias(
      `Lazy${name}`,
      nonModel.fields.map((field) =>
        field.type.kind === 'model'
          ? asyncProperty(field, reference(field.type.name))
          : eagerProperty(field, undefined),
      ),
    ),
    lazyLoadingAlias(name),
    nonModelConstructor(name),
  ]);
}

/** Declarations, a blank line between them. */
function declarations(texts: readonly string[]): string {
  return texts.join('\n\n');
}

/** The `readonly [__modelMeta__]` member: the key's identifier type and the read-only fields. */
function modelMeta(model: ModelIR): Member {
  const readOnly = model.fields.filter((field) => field.readOnly).map((field) => field.name);
  return objectMember('readonly [__modelMeta__]', [
    propertySignature('identifier', identifierType(model), MEMBER_MAX_COLUMN + 2),
    ...(readOnly.length > 0
      ? [
          propertySignature(
            'readOnlyFields',
            union(...readOnly.map(literal)),
            MEMBER_MAX_COLUMN + 2,
          ),
        ]
      : []),
  ]);
}

function identifierType(model: ModelIR): TypeNode {
  const kind = identifierKind(model);
  const fields = primaryKeyFields(model).map(literal);
  const key: TypeNode =
    kind === 'CompositeIdentifier' ? { kind: 'tuple', elements: fields } : fields[0]!;
  return reference(kind, [reference(model.name), key]);
}

function eagerProperty(field: FieldIR, model: ModelIR | undefined): Doc {
  return propertyLine(
    field,
    field.relation === undefined
      ? valueType(field)
      : reference(associatedModelName(field.relation)),
    isRequiredInDataStore(field, model),
    MEMBER_MAX_COLUMN,
  );
}

function lazyProperty(field: FieldIR, model: ModelIR): Doc {
  if (field.relation === undefined) return eagerProperty(field, model);
  return asyncProperty(field, reference(associatedModelName(field.relation)));
}

/** `AsyncCollection<M>` for a list, `AsyncItem<M>` (`| undefined` when optional) for one. */
function asyncProperty(field: FieldIR, related: TypeNode): Doc {
  const head = `readonly ${propertyName(field.name)}`;
  if (field.isArray)
    return propertySignature(head, reference('AsyncCollection', [related]), MEMBER_MAX_COLUMN);
  const item = field.required ? related : union(related, UNDEFINED);
  return propertySignature(head, reference('AsyncItem', [item]), MEMBER_MAX_COLUMN);
}
