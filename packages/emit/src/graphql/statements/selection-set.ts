/**
 * Selection sets to `maxDepth`, counted as Amplify's docs-generator counts (APPSYNC-CONVENTIONS.md
 * §2.2): scalars and enums are always selected; every object (a model, a connection wrapper, its
 * `items`, a non-model) costs one level and is dropped below one; `__typename` goes last in each
 * object when on, which also keeps an object whose subfields all dropped (`box { __typename }`).
 * Nested fields are selected without arguments.
 */
import { Kind } from '../graphql-language.js';
import type { FieldNode, NameNode, ObjectTypeDefinitionNode, SelectionSetNode } from 'graphql';
import { UsageError } from '@uibuilder-codegen/core';
import type { ApiSchema, ResolvedField } from '../api-schema/api-schema.js';

/**
 * The most fields one operation may select. Without `pruneCycles`, every extra level multiplies a
 * cyclic schema's selections (x1.7 a level for the blog example), so `--max-depth 20` would build
 * gigabytes and run out of memory; real documents select a few thousand fields.
 */
export const MAX_SELECTED_FIELDS = 100_000;

/** How selection sets are cut. */
export interface SelectionOptions {
  /** The schema the selected types belong to. */
  readonly schema: ApiSchema;
  /** Levels the root field gets (`maxDepth`). */
  readonly maxDepth: number;
  /** Append `__typename` to every object selection. */
  readonly typename: boolean;
  /**
   * When set, expand each model's fields at most once per document (issue #43): a model already
   * entered, on this path or on an earlier branch, is not entered again, so the document grows
   * with the number of models and not with the number of paths between them (a path-only rule
   * still unrolls every cycle-free path: 80 MB at maxDepth 5 for a 12-model mesh). Maps each model
   * type and each `Model<M>Connection` type to its model name.
   */
  readonly pruneCycles: ReadonlyMap<string, string> | undefined;
  /** The models this document has entered so far, for `pruneCycles`. */
  readonly expanded?: Set<string>;
  /** The model types, by name, for cycle pruning. */
  readonly modelTypes: ReadonlySet<string>;
  /** Fields this operation may still select; see {@link MAX_SELECTED_FIELDS}. @default unlimited */
  readonly budget?: { remaining: number; readonly operation: string };
  /**
   * Selection sets already built, by type and depth, shared by every document of one run. Without
   * `pruneCycles` a type's selection depends on nothing but its depth, so `getPost`, `createPost`
   * and `onUpdatePost` select the very same tree: it is built once, and printing and typing it can
   * be remembered per node. Used only with a `budget`, which a shared tree is charged in full.
   */
  readonly shared?: Map<ObjectTypeDefinitionNode, Map<number, SharedSelection>>;
}

/** A selection set built once, with the number of fields building it visited. */
export interface SharedSelection {
  readonly selectionSet: SelectionSetNode | undefined;
  readonly fields: number;
}

// Documents are never mutated, so nodes can be shared: a large schema selects millions of fields,
// and allocating fewer objects per field is most of what makes building documents fast.
const NONE: readonly never[] = Object.freeze([]);
const TYPENAME: FieldNode = fieldNode({ kind: Kind.NAME, value: '__typename' });

/** A field node without arguments, named by `name` (a name node shared with the schema). */
export function fieldNode(name: NameNode, selectionSet?: SelectionSetNode): FieldNode {
  return { kind: Kind.FIELD, name, arguments: NONE, directives: NONE, selectionSet };
}

/** The `__typename` field node, one object for every selection. */
export function typenameField(): FieldNode {
  return TYPENAME;
}

function reentersModel(
  typeName: string,
  path: readonly string[],
  options: SelectionOptions,
): boolean {
  const model = options.pruneCycles?.get(typeName);
  return model !== undefined && (path.includes(model) || options.expanded?.has(model) === true);
}

/**
 * The selection set of an object reached with `depth` levels left, or `undefined` when it is
 * dropped. `path` holds the models already entered.
 */
export function objectSelection(
  type: ObjectTypeDefinitionNode,
  depth: number,
  path: readonly string[],
  options: SelectionOptions,
): SelectionSetNode | undefined {
  if (depth < 1) return undefined;
  const { shared, budget } = options;
  if (shared === undefined || budget === undefined || options.pruneCycles !== undefined)
    return buildSelection(type, depth, path, options);
  let byDepth = shared.get(type);
  if (byDepth === undefined) {
    byDepth = new Map();
    shared.set(type, byDepth);
  }
  const known = byDepth.get(depth);
  if (known !== undefined) {
    budget.remaining -= known.fields;
    if (budget.remaining < 0) throw tooManyFields(options);
    return known.selectionSet;
  }
  const before = budget.remaining;
  const selectionSet = buildSelection(type, depth, path, options);
  byDepth.set(depth, { selectionSet, fields: before - budget.remaining });
  return selectionSet;
}

function buildSelection(
  type: ObjectTypeDefinitionNode,
  depth: number,
  path: readonly string[],
  options: SelectionOptions,
): SelectionSetNode | undefined {
  const name = type.name.value;
  const isModel = options.modelTypes.has(name);
  if (isModel) options.expanded?.add(name);
  const innerPath = isModel ? [...path, name] : path;
  const selections: FieldNode[] = [];
  for (const field of options.schema.fields(type)) {
    const selected = fieldSelection(field, depth - 1, innerPath, options);
    if (selected !== undefined) selections.push(selected);
  }
  if (options.typename) selections.push(TYPENAME);
  return selections.length === 0 ? undefined : { kind: Kind.SELECTION_SET, selections };
}

function fieldSelection(
  field: ResolvedField,
  depth: number,
  path: readonly string[],
  options: SelectionOptions,
): FieldNode | undefined {
  if (options.budget !== undefined && --options.budget.remaining < 0) throw tooManyFields(options);
  const name = field.definition.name;
  if (field.leaf) return fieldNode(name);
  // AppSync model schemas have no interfaces or unions; anything else is not selectable here.
  const type = field.object;
  if (type === undefined || reentersModel(field.typeName, path, options)) return undefined;
  const selectionSet = objectSelection(type, depth, path, options);
  return selectionSet === undefined ? undefined : fieldNode(name, selectionSet);
}

function tooManyFields(options: SelectionOptions): UsageError {
  return new UsageError(
    `maxDepth ${options.maxDepth} makes ${options.budget?.operation ?? 'an operation'} select more than ${MAX_SELECTED_FIELDS} fields: relationships are unrolled in cycles`,
    { hint: 'Lower --max-depth (3 is the default), or pass --prune-cycles.' },
  );
}
