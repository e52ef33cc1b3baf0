/**
 * Printing a document in graphql-js's `print` format. The documents the statements builder makes
 * use a small part of GraphQL (one named operation, fields with variable arguments, nested
 * selections); those are printed here by string building, which is several times faster than
 * graphql-js's visitor-based printer (a sixth of the emit time for 1,000 models). A test holds
 * the two to the same text on every generated document.
 */
import { Kind } from '../graphql-language.js';
import type { DocumentNode, FieldNode, OperationDefinitionNode, SelectionSetNode } from 'graphql';
import { argumentText, variableText } from './document-text.js';

/** graphql-js breaks a field's arguments onto their own lines past this length. */
const MAX_LINE_LENGTH = 80;

/**
 * `print(document)` for a document of the statements builder (operation-documents.ts). Anything
 * else (an alias, a directive, a fragment, a literal argument) is a bug there, and throws.
 */
export function printDocument(document: DocumentNode): string {
  const [definition] = document.definitions;
  if (definition?.kind !== Kind.OPERATION_DEFINITION || document.definitions.length !== 1)
    unsupported('a document of one operation');
  return operationText(definition);
}

function unsupported(what: string): never {
  throw new Error(`printDocument: only the statements builder's documents are printed: ${what}`);
}

function operationText(definition: OperationDefinitionNode): string {
  if (definition.name === undefined || (definition.directives ?? []).length > 0)
    unsupported('a named operation without directives');
  const variables = definition.variableDefinitions ?? [];
  const list =
    variables.length === 0
      ? ''
      : `(${variables.map((v) => variableText(v) ?? unsupported('a variable without a default')).join(', ')})`;
  return `${definition.operation} ${definition.name.value}${list} ${selectionSetText(definition.selectionSet, '')}`;
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
    if (selection.kind !== Kind.FIELD) unsupported('a field, not a fragment');
    lines.push(`${inner}${fieldText(selection, inner)}`);
  }
  lines.push(`${indent}}`);
  return lines.join('\n');
}

function fieldText(field: FieldNode, indent: string): string {
  if (field.alias !== undefined || (field.directives ?? []).length > 0)
    unsupported('a field without an alias or directives');
  const name = field.name.value;
  let head = name;
  const args = field.arguments ?? [];
  if (args.length > 0) {
    const texts = args.map((arg) => argumentText(arg) ?? unsupported('a variable argument'));
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
