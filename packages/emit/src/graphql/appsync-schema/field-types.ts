/**
 * The API type of a scalar, enum or non-model field, and the filter inputs that match it
 * (APPSYNC-CONVENTIONS.md §1.1, §1.9, §1.12, §1.16).
 */
import type { FieldIR, ModelIR, SchemaIR } from '@uibuilder-codegen/transform';
import type { TypeNode } from 'graphql';
import { schemaLookup } from './schema-lookup.js';
import { listOf, namedType, nonNull } from './sdl-nodes.js';

/** A field's API type name and whether it is non-null, after the transformer's rules. */
export interface ResolvedFieldType {
  readonly typeName: string;
  /** `model` only in a non-model, which holds a model as a plain value (`SearchResult.shops`). */
  readonly kind: 'scalar' | 'enum' | 'nonModel' | 'model';
  readonly isArray: boolean;
  /** Non-null; on lists, the elements. */
  readonly required: boolean;
  /** A list that is itself non-null (`[T]!`), which only the model SDL says. */
  readonly listRequired?: boolean;
}

/**
 * Resolves a non-relationship field, or any field of a non-model (`model` undefined). The transformer makes its own timestamps and `id`
 * `AWSDateTime!`/`ID!`, and a join model's foreign keys take the related key's type, non-null
 * (§1.12: the job marks them `ID`, optional), so those are not read from the job.
 */
export function resolveFieldType(
  ir: SchemaIR,
  model: ModelIR | undefined,
  field: FieldIR,
): ResolvedFieldType {
  const base = { kind: field.type.kind, isArray: field.isArray, typeName: field.type.name };
  if (base.kind === 'model' && model !== undefined)
    throw new Error(`resolveFieldType: ${field.name} is a relationship field`);
  const kind = base.kind;
  if (field.origin === 'timestamp')
    return { kind, isArray: false, typeName: 'AWSDateTime', required: true };
  if (field.origin === 'implicitId')
    return { kind, isArray: false, typeName: 'ID', required: true };
  const joinKey = model?.isJoinTable ? joinForeignKeyType(ir, model, field) : undefined;
  if (joinKey !== undefined)
    return { kind: 'scalar', isArray: false, typeName: joinKey, required: true };
  return {
    kind,
    isArray: field.isArray,
    typeName: base.typeName,
    required: field.required,
    ...(field.isArrayNullable === false ? { listRequired: true } : {}),
  };
}

function joinForeignKeyType(ir: SchemaIR, model: ModelIR, field: FieldIR): string | undefined {
  const owner = field.foreignKeyOf;
  if (owner === undefined || field.type.kind !== 'scalar') return undefined;
  const relation = model.fields.find((f) => f.name === owner.field)?.relation;
  if (relation === undefined) return undefined;
  const related = schemaLookup(ir).model(relation.relatedModel);
  const position = relation.kind === 'manyToMany' ? -1 : relation.foreignKeys.indexOf(field.name);
  const keyField = [related.primaryKey.partitionKey, ...related.primaryKey.sortKeys][position];
  const keyType = related.fields.find((f) => f.name === keyField)?.type;
  return keyType?.kind === 'scalar' ? keyType.name : undefined;
}

/**
 * The GraphQL type of a resolved field. Lists are nullable unless the model SDL says otherwise
 * (§1.16: the job does not say), so `[T!]` for required elements and `[T]` otherwise.
 */
export function fieldTypeNode(resolved: ResolvedFieldType, typeName = resolved.typeName): TypeNode {
  const element = resolved.required ? nonNull(namedType(typeName)) : namedType(typeName);
  if (!resolved.isArray) return element;
  return resolved.listRequired === true ? nonNull(listOf(element)) : listOf(element);
}

const STRING_LIKE = new Set([
  'String',
  'AWSDate',
  'AWSTime',
  'AWSDateTime',
  'AWSEmail',
  'AWSJSON',
  'AWSURL',
  'AWSPhone',
  'AWSIPAddress',
]);

/** The scalar family a field filters as: `ID`, `String`, `Int`, `Float` or `Boolean`. */
export function filterScalar(
  resolved: ResolvedFieldType,
): 'ID' | 'String' | 'Int' | 'Float' | 'Boolean' {
  if (resolved.kind === 'enum') return 'String';
  const name = resolved.typeName;
  if (name === 'ID' || name === 'Int' || name === 'Float' || name === 'Boolean') return name;
  if (name === 'AWSTimestamp') return 'Int';
  if (STRING_LIKE.has(name)) return 'String';
  throw new Error(`filterScalar: unknown scalar ${name}`);
}

/**
 * Whether an enum field filters as a list (`Model<E>ListInput`): only a nullable list does. The
 * transformer's list test (transformer-core `GenericFieldWrapper.isListType`) hands the AST node
 * under `!` to graphql-js's `isListType`, which recognises only `GraphQLList` objects, so
 * `[E]!` and `[E!]!` filter as `Model<E>Input` (§1.9; recipes' `cuisines: [Cuisine!]!`).
 */
export function filtersAsEnumList(resolved: ResolvedFieldType): boolean {
  return resolved.kind === 'enum' && resolved.isArray && resolved.listRequired !== true;
}

/** `Model<X>Input` for filters and conditions (the §1.9 table); enums give `Model<E>[List]Input`. */
export function filterInputName(resolved: ResolvedFieldType): string {
  if (resolved.kind === 'enum') {
    return filtersAsEnumList(resolved)
      ? `Model${resolved.typeName}ListInput`
      : `Model${resolved.typeName}Input`;
  }
  return `Model${filterScalar(resolved)}Input`;
}

/** `ModelSubscription<X>Input` (the §1.9 table): enums filter as strings. */
export function subscriptionFilterInputName(resolved: ResolvedFieldType): string {
  return `ModelSubscription${filterScalar(resolved)}Input`;
}

/** `Model<S>KeyConditionInput` for a sort key (§1.10): enums and string-like scalars use `String`. */
export function keyConditionInputName(resolved: ResolvedFieldType): string {
  const scalar = filterScalar(resolved);
  return `Model${scalar === 'Boolean' ? 'String' : scalar}KeyConditionInput`;
}
