/**
 * The pieces of a document that both printers (graphql-js's format in print-document.ts,
 * prettier's embedded format in embedded-graphql.ts) write alike. Each returns `undefined` for a
 * node outside the subset the generators build, which the printers then leave to another path.
 */
import { Kind } from '../graphql-language.js';
import type { ArgumentNode, TypeNode, VariableDefinitionNode } from 'graphql';

/** `[ID!]!` */
export function typeText(type: TypeNode): string {
  if (type.kind === Kind.NON_NULL_TYPE) return `${typeText(type.type)}!`;
  if (type.kind === Kind.LIST_TYPE) return `[${typeText(type.type)}]`;
  return type.name.value;
}

/** `$id: ID!`; `undefined` with a default value or directives. */
export function variableText(definition: VariableDefinitionNode): string | undefined {
  if (definition.defaultValue !== undefined || (definition.directives ?? []).length > 0)
    return undefined;
  return `$${definition.variable.name.value}: ${typeText(definition.type)}`;
}

/** `id: $id`; `undefined` unless the value is a variable. */
export function argumentText(argument: ArgumentNode): string | undefined {
  const { value } = argument;
  return value.kind === Kind.VARIABLE ? `${argument.name.value}: $${value.name.value}` : undefined;
}
