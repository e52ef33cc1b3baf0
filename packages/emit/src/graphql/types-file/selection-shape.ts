import { getNamedType, isLeafType, isObjectType, Kind } from 'graphql';
import type {
  FieldNode,
  FragmentDefinitionNode,
  GraphQLObjectType,
  SelectionSetNode,
} from 'graphql';
import { typeLiteral } from './type-literal.js';
import type { TypeMember } from './type-literal.js';
import { namedTypeText, typeReferenceMember } from './type-reference.js';

/** What shaping one operation's selections needs besides the selections themselves. */
export interface SelectionContext {
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
  parentType: GraphQLObjectType,
  selectionSets: readonly SelectionSetNode[],
  indent = '',
): string {
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
    target.push(conditional ? { ...member, optional: true } : member);
  }
  return typeLiteral([...typenameMembers, ...members], indent);
}

function fieldMember(
  context: SelectionContext,
  parentType: GraphQLObjectType,
  key: string,
  nodes: readonly FieldNode[],
  indent: string,
): TypeMember {
  const fieldName = nodes[0]!.name.value;
  if (fieldName === '__typename') {
    return { name: key, optional: false, type: JSON.stringify(parentType.name) };
  }
  const field = parentType.getFields()[fieldName];
  if (field === undefined) {
    throw new Error(
      `${context.operationName}: ${parentType.name} has no field "${fieldName}"; the document does not match the schema`,
    );
  }
  const namedType = getNamedType(field.type);
  if (isLeafType(namedType)) {
    return typeReferenceMember(key, field.type, namedTypeText(namedType));
  }
  if (!isObjectType(namedType)) {
    throw new Error(
      `${context.operationName}: ${parentType.name}.${fieldName} is of the abstract type ${namedType.name}; the types file shapes selections on object types only`,
    );
  }
  const selectionSets = nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  if (selectionSets.length === 0) {
    throw new Error(
      `${context.operationName}: ${parentType.name}.${fieldName} is an object but selects no fields`,
    );
  }
  return typeReferenceMember(
    key,
    field.type,
    selectionShapeText(context, namedType, selectionSets, `${indent}  `),
  );
}

function collectFields(
  context: SelectionContext,
  parentType: GraphQLObjectType,
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
      const typeCondition = selection.typeCondition?.name.value ?? parentType.name;
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
  parentType: GraphQLObjectType,
  typeCondition: string,
  what: string,
): void {
  if (typeCondition !== parentType.name) {
    throw new Error(
      `${context.operationName}: ${what} on ${typeCondition} inside a selection on ${parentType.name}; the types file supports fragments on the same type only`,
    );
  }
}

/** `@skip` or `@include`: the server may leave the field out of the response. */
function isConditional(node: FieldNode): boolean {
  return (node.directives ?? []).some(
    (directive) => directive.name.value === 'skip' || directive.name.value === 'include',
  );
}
