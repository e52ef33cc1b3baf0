import { Kind } from '../graphql-language.js';
import type {
  FieldNode,
  FragmentDefinitionNode,
  ObjectTypeDefinitionNode,
  SelectionSetNode,
} from 'graphql';
import type { ApiSchema, ResolvedField } from '../api-schema/api-schema.js';
import { memberLine, typeLiteral } from './type-literal.js';
import type { TypeMember } from './type-literal.js';
import { listTypeName, typeNameText, typeReferenceMember } from './type-reference.js';

/** What shaping one operation's selections needs besides the selections themselves. */
export interface SelectionContext {
  /** The schema the selections are on. */
  readonly schema: ApiSchema;
  /** The operation's TS result type name, for error messages. */
  readonly operationName: string;
  readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>;
}

/**
 * The inline object type of a selection set on `parentType`, mirroring the selection exactly:
 * one member per response key (the alias when there is one) in selection order, a selected
 * `__typename` first as the literal `"<Type>"`, nested selections as nested literals laid out
 * for `indent` (see `typeLiteral`). Fields selected twice merge, as GraphQL merges them; a field
 * under `@skip`/`@include` is optional. Fragments are inlined when they are on the same type; a
 * fragment on another type, or a field of an interface or union type, would need a union of
 * shapes and is refused with an error naming the operation and the field.
 */
export function selectionShapeText(
  context: SelectionContext,
  parentType: ObjectTypeDefinitionNode,
  selectionSets: readonly SelectionSetNode[],
  indent = '',
): string {
  // Only a root field's selection (indented once) is remembered: that is the tree operations
  // share, and remembering every nested level too kept ~175 MB of text alive for 5,000 models.
  const single = selectionSets.length === 1 ? selectionSets[0] : undefined;
  if (single !== undefined) {
    const plain =
      indent === '  '
        ? rememberedShape(context, parentType, single, indent)
        : plainShape(context, parentType, single, indent);
    if (plain !== undefined) return plain;
  }
  const fieldsByKey = new Map<string, FieldNode[]>();
  for (const selectionSet of selectionSets) {
    collectFields(context, parentType, selectionSet, fieldsByKey, new Set());
  }
  const typenameMembers: TypeMember[] = [];
  const members: TypeMember[] = [];
  for (const [key, nodes] of fieldsByKey) {
    const conditional = nodes.every(isConditional);
    const member = fieldMember(context, parentType, key, nodes, indent);
    const target = nodes[0]!.name.value === '__typename' ? typenameMembers : members;
    // A new member, not a spread: a cached member's `line` says it is required.
    target.push(conditional ? { name: member.name, optional: true, type: member.type } : member);
  }
  return typeLiteral([...typenameMembers, ...members], indent);
}

/**
 * The fields of a selection set of distinct fields without aliases, directives or
 * fragments (every document the generators build), or `undefined`: then nothing needs merging,
 * and {@link plainShapeText} gives the same text without grouping by response key.
 */
function plainFields(selectionSet: SelectionSetNode): readonly FieldNode[] | undefined {
  const selections = selectionSet.selections;
  const names = new Set<string>();
  for (const selection of selections) {
    if (selection.kind !== Kind.FIELD || selection.alias !== undefined) return undefined;
    if ((selection.directives ?? []).length > 0 || names.has(selection.name.value))
      return undefined;
    names.add(selection.name.value);
  }
  return selections as readonly FieldNode[];
}

/**
 * The shapes of plain selection sets, by node, parent type and indentation: the statements share
 * one selection tree among many documents (see `SelectionOptions.shared`), whose shape is the same
 * text each time. Only within one schema: a shape depends on the field types.
 */
const shapes = new WeakMap<
  SelectionSetNode,
  {
    readonly schema: ApiSchema;
    readonly parentType: ObjectTypeDefinitionNode;
    readonly fields: readonly FieldNode[];
    readonly byIndent: Map<string, string>;
  }
>();

function plainShape(
  context: SelectionContext,
  parentType: ObjectTypeDefinitionNode,
  selectionSet: SelectionSetNode,
  indent: string,
): string | undefined {
  const fields = plainFields(selectionSet);
  return fields === undefined ? undefined : plainShapeText(context, parentType, fields, indent);
}

function rememberedShape(
  context: SelectionContext,
  parentType: ObjectTypeDefinitionNode,
  selectionSet: SelectionSetNode,
  indent: string,
): string | undefined {
  let known = shapes.get(selectionSet);
  if (known === undefined || known.parentType !== parentType || known.schema !== context.schema) {
    // Only plain selection sets are remembered (and need no grouping by response key).
    const fields = plainFields(selectionSet);
    if (fields === undefined) return undefined;
    known = { schema: context.schema, parentType, fields, byIndent: new Map() };
    shapes.set(selectionSet, known);
  }
  let text = known.byIndent.get(indent);
  if (text === undefined) {
    text = plainShapeText(context, parentType, known.fields, indent);
    known.byIndent.set(indent, text);
  }
  return text;
}

function plainShapeText(
  context: SelectionContext,
  parentType: ObjectTypeDefinitionNode,
  fields: readonly FieldNode[],
  indent: string,
): string {
  const members: TypeMember[] = [];
  let typename: TypeMember | undefined;
  // Generated selections list fields in the type's order, so each is found by walking forward
  // through the type's fields rather than by a lookup; any other order falls back to the lookup.
  const resolved = context.schema.fields(parentType);
  let next = 0;
  for (const field of fields) {
    const name = field.name.value;
    // A few steps at most: a root type has thousands of fields, and one selected field each.
    const end = Math.min(resolved.length, next + 8);
    let at = next;
    while (at < end && resolved[at]!.definition.name.value !== name) at += 1;
    const hint = at < end ? resolved[at] : undefined;
    if (hint !== undefined) next = at + 1;
    const member = fieldMember(context, parentType, name, [field], indent, hint);
    if (name === '__typename') typename = member;
    else members.push(member);
  }
  return typeLiteral(typename === undefined ? members : [typename, ...members], indent);
}

function fieldMember(
  context: SelectionContext,
  parentType: ObjectTypeDefinitionNode,
  key: string,
  nodes: readonly FieldNode[],
  indent: string,
  resolved?: ResolvedField,
): TypeMember {
  const fieldName = nodes[0]!.name.value;
  const parentName = parentType.name.value;
  if (fieldName === '__typename') {
    return { name: key, optional: false, type: JSON.stringify(parentName) };
  }
  const { schema } = context;
  const field = resolved ?? schema.field(parentType, fieldName);
  if (field === undefined) {
    throw new Error(
      `${context.operationName}: ${parentName} has no field "${fieldName}"; the document does not match the schema`,
    );
  }
  const list = listTypeName(context.schema);
  if (field.leaf) return leafMember(list, key, field);
  const namedType = field.object;
  if (namedType === undefined) {
    throw new Error(
      `${context.operationName}: ${parentName}.${fieldName} is of the abstract type ${field.typeName}; the types file shapes selections on object types only`,
    );
  }
  const selectionSets = nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  if (selectionSets.length === 0) {
    throw new Error(
      `${context.operationName}: ${parentName}.${fieldName} is an object but selects no fields`,
    );
  }
  return typeReferenceMember(
    list,
    key,
    field.definition.type,
    selectionShapeText(context, namedType, selectionSets, `${indent}  `),
  );
}

/** The member of each leaf field selected under its own name, made once: it is selected often. */
const leafMembers = new WeakMap<ResolvedField, TypeMember>();

function leafMember(list: string, key: string, field: ResolvedField): TypeMember {
  const { definition } = field;
  const leaf = typeNameText(field.typeName, field.scalar);
  if (key !== definition.name.value) return typeReferenceMember(list, key, definition.type, leaf);
  let member = leafMembers.get(field);
  if (member === undefined) {
    const made = typeReferenceMember(list, key, definition.type, leaf);
    member = { ...made, line: memberLine(made) };
    leafMembers.set(field, member);
  }
  return member;
}

function collectFields(
  context: SelectionContext,
  parentType: ObjectTypeDefinitionNode,
  selectionSet: SelectionSetNode,
  fieldsByKey: Map<string, FieldNode[]>,
  visitedFragments: Set<string>,
): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const key = selection.alias?.value ?? selection.name.value;
      const nodes = fieldsByKey.get(key);
      if (nodes) nodes.push(selection);
      else fieldsByKey.set(key, [selection]);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const typeCondition = selection.typeCondition?.name.value ?? parentType.name.value;
      checkSameType(context, parentType, typeCondition, 'an inline fragment');
      collectFields(context, parentType, selection.selectionSet, fieldsByKey, visitedFragments);
    } else {
      const name = selection.name.value;
      if (visitedFragments.has(name)) continue;
      visitedFragments.add(name);
      const fragment = context.fragments.get(name);
      if (fragment === undefined) {
        throw new Error(`${context.operationName}: the fragment "${name}" is not in the document`);
      }
      checkSameType(context, parentType, fragment.typeCondition.name.value, `fragment ${name}`);
      collectFields(context, parentType, fragment.selectionSet, fieldsByKey, visitedFragments);
    }
  }
}

function checkSameType(
  context: SelectionContext,
  parentType: ObjectTypeDefinitionNode,
  typeCondition: string,
  what: string,
): void {
  if (typeCondition !== parentType.name.value) {
    throw new Error(
      `${context.operationName}: ${what} on ${typeCondition} inside a selection on ${parentType.name.value}; the types file supports fragments on the same type only`,
    );
  }
}

/** `@skip` or `@include`: the server may leave the field out of the response. */
function isConditional(node: FieldNode): boolean {
  return (node.directives ?? []).some(
    (directive) => directive.name.value === 'skip' || directive.name.value === 'include',
  );
}
