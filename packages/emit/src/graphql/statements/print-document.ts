/**
 * Printing a document in graphql-js's `print` format. The documents the generators build use a small part of GraphQL (operations and
 * fragments, fields with variable arguments, nested selections); those are printed here by string
 * building, which is several times faster than graphql-js's visitor-based printer (a sixth of the
 * emit time for 1,000 models). Anything else goes to graphql-js's `print`. A test holds the two to
 * the same text on every generated document.
 */
import { Kind, print } from '../graphql-language.js';
import type { DefinitionNode, DocumentNode, FieldNode, SelectionSetNode } from 'graphql';
import { argumentText, variableText } from './document-text.js';

/**
 * `print(document)`: our printer for the documents the generators build, graphql-js's for
 * anything else.
 */
export function printDocument(document: DocumentNode): string {
  return printSimpleDocument(document) ?? print(document);
}

/** graphql-js breaks a field's arguments onto their own lines past this length. */
const MAX_LINE_LENGTH = 80;

/** Thrown inside the printer for a node it does not print; the caller falls back to `print`. */
class Unsupported extends Error {}

function unsupported(): never {
  throw new Unsupported();
}

/** The text graphql-js prints for `document`, or `undefined` when it is outside the subset. */
export function printSimpleDocument(document: DocumentNode): string | undefined {
  try {
    return document.definitions.map(definitionText).join('\n\n');
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

function definitionText(definition: DefinitionNode): string {
  if (definition.kind === Kind.OPERATION_DEFINITION) {
    if (definition.name === undefined || (definition.directives ?? []).length > 0)
      throw new Unsupported();
    const variables = definition.variableDefinitions ?? [];
    const list =
      variables.length === 0
        ? ''
        : `(${variables.map((v) => variableText(v) ?? unsupported()).join(', ')})`;
    return `${definition.operation} ${definition.name.value}${list} ${selectionSetText(definition.selectionSet, '')}`;
  }
  if (definition.kind === Kind.FRAGMENT_DEFINITION) {
    if (
      (definition.directives ?? []).length > 0 ||
      (definition.variableDefinitions ?? []).length > 0
    )
      throw new Unsupported();
    const head = `fragment ${definition.name.value} on ${definition.typeCondition.name.value}`;
    return `${head} ${selectionSetText(definition.selectionSet, '')}`;
  }
  throw new Unsupported();
}

/**
 * The text of each root field's selection set (indented once): many documents share that tree
 * (see `SelectionOptions.shared`). Nested levels are not remembered: their texts are already in
 * their parent's, and keeping them too held a large schema's text twice.
 */
const printedRoots = new WeakMap<SelectionSetNode, string>();

/** `{`, one selection a line indented two past `indent`, then `}` at `indent`. */
function selectionSetText(selectionSet: SelectionSetNode, indent: string): string {
  if (indent !== '  ') return printSelectionSet(selectionSet, indent);
  let text = printedRoots.get(selectionSet);
  if (text === undefined) {
    text = printSelectionSet(selectionSet, indent);
    printedRoots.set(selectionSet, text);
  }
  return text;
}

function printSelectionSet(selectionSet: SelectionSetNode, indent: string): string {
  const inner = `${indent}  `;
  // A join gives a flat string; `+=` would build a rope that holds far more memory (type-literal.ts).
  const lines = ['{'];
  for (const selection of selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) throw new Unsupported();
    lines.push(`${inner}${fieldText(selection, inner)}`);
  }
  lines.push(`${indent}}`);
  return lines.join('\n');
}

function fieldText(field: FieldNode, indent: string): string {
  if (field.alias !== undefined || (field.directives ?? []).length > 0) throw new Unsupported();
  const name = field.name.value;
  let head = name;
  const args = field.arguments ?? [];
  if (args.length > 0) {
    const texts = args.map((arg) => argumentText(arg) ?? unsupported());
    head = `${name}(${texts.join(', ')})`;
    // graphql-js measures the field's own text, without the indentation before it.
    if (head.length > MAX_LINE_LENGTH) {
      head = `${name}(\n${texts.map((t) => `${indent}  ${t}`).join('\n')}\n${indent})`;
    }
  }
  const selectionSet = field.selectionSet;
  if (selectionSet === undefined || selectionSet.selections.length === 0) return head;
  return `${head} ${selectionSetText(selectionSet, indent)}`;
}
