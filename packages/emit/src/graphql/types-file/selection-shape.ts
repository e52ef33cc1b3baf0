import { Kind } from '../graphql-language.js';
import type { FieldNode, ObjectTypeDefinitionNode, SelectionSetNode } from 'graphql';
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
}

/**
 * The inline object type of a selection set on `parentType`, mirroring the selection exactly:
 * one member per field in selection order, a selected `__typename` first as the literal
 * `"<Type>"`, nested selections as nested literals laid out for `indent` (see `typeLiteral`).
 * The selection sets are the statements builder's (selection-set.ts): distinct fields of object
 * types, without aliases, directives or fragments.
 */
export function selectionShapeText(
  context: SelectionContext,
  parentType: ObjectTypeDefinitionNode,
  selectionSet: SelectionSetNode,
  indent = '',
): string {
  // Only a root field's selection (indented once) is remembered: that is the tree operations
  // share, and remembering every nested level too kept ~175 MB of text alive for 5,000 models.
  return indent === '  '
    ? rememberedShape(context, parentType, selectionSet, indent)
    : shapeText(context, parentType, selectionSet, indent);
}

/**
 * The shapes of root selection sets, by node, parent type and indentation: the statements share
 * one selection tree among many documents (see `SelectionOptions.shared`), whose shape is the same
 * text each time. Only within one schema: a shape depends on the field types.
 */
const shapes = new WeakMap<
  SelectionSetNode,
  {
    readonly schema: ApiSchema;
    readonly parentType: ObjectTypeDefinitionNode;
    readonly byIndent: Map<string, string>;
  }
>();

function rememberedShape(
  context: SelectionContext,
  parentType: ObjectTypeDefinitionNode,
  selectionSet: SelectionSetNode,
  indent: string,
): string {
  let known = shapes.get(selectionSet);
  if (known === undefined || known.parentType !== parentType || known.schema !== context.schema) {
    known = { schema: context.schema, parentType, byIndent: new Map() };
    shapes.set(selectionSet, known);
  }
  let text = known.byIndent.get(indent);
  if (text === undefined) {
    text = shapeText(context, parentType, selectionSet, indent);
    known.byIndent.set(indent, text);
  }
  return text;
}

function shapeText(
  context: SelectionContext,
  parentType: ObjectTypeDefinitionNode,
  selectionSet: SelectionSetNode,
  indent: string,
): string {
  const members: TypeMember[] = [];
  let typename: TypeMember | undefined;
  // Generated selections list fields in the type's order, so each is found by walking forward
  // through the type's fields rather than by a lookup; any other order falls back to the lookup.
  const resolved = context.schema.fields(parentType);
  let next = 0;
  for (const field of selectionSet.selections) {
    if (field.kind !== Kind.FIELD)
      throw mismatch(context, `${parentType.name.value} selects a fragment`);
    const name = field.name.value;
    // A few steps at most: a root type has thousands of fields, and one selected field each.
    const end = Math.min(resolved.length, next + 8);
    let at = next;
    while (at < end && resolved[at]!.definition.name.value !== name) at += 1;
    const hint = at < end ? resolved[at] : undefined;
    if (hint !== undefined) next = at + 1;
    const member = fieldMember(context, parentType, field, indent, hint);
    if (name === '__typename') typename = member;
    else members.push(member);
  }
  return typeLiteral(typename === undefined ? members : [typename, ...members], indent);
}

function fieldMember(
  context: SelectionContext,
  parentType: ObjectTypeDefinitionNode,
  node: FieldNode,
  indent: string,
  resolved?: ResolvedField,
): TypeMember {
  const fieldName = node.name.value;
  const parentName = parentType.name.value;
  if (fieldName === '__typename') {
    return { name: fieldName, optional: false, type: JSON.stringify(parentName) };
  }
  const { schema } = context;
  const field = resolved ?? schema.field(parentType, fieldName);
  if (field === undefined) throw mismatch(context, `${parentName} has no field "${fieldName}"`);
  const list = listTypeName(context.schema);
  if (field.leaf) return leafMember(list, field);
  // The statements builder selects object types only, each with at least one field.
  if (field.object === undefined || node.selectionSet === undefined) {
    throw mismatch(context, `${parentName}.${fieldName} is not an object type with a selection`);
  }
  return typeReferenceMember(
    list,
    fieldName,
    field.definition.type,
    selectionShapeText(context, field.object, node.selectionSet, `${indent}  `),
  );
}

/** The member of each leaf field, made once: it is selected often. */
const leafMembers = new WeakMap<ResolvedField, TypeMember>();

function leafMember(list: string, field: ResolvedField): TypeMember {
  let member = leafMembers.get(field);
  if (member === undefined) {
    const { definition } = field;
    const leaf = typeNameText(field.typeName, field.scalar);
    const made = typeReferenceMember(list, definition.name.value, definition.type, leaf);
    member = { ...made, line: memberLine(made) };
    leafMembers.set(field, member);
  }
  return member;
}

/** A document that does not match its schema: a bug in the statements builder. */
function mismatch(context: SelectionContext, detail: string): Error {
  return new Error(`${context.operationName}: ${detail}; the document does not match the schema`);
}
