/**
 * Our operation and fragment documents as prettier 3 prints the GraphQL inside an uncast
 * `/* GraphQL *\/` template of a top-level statement (`export const getPost = /* GraphQL *\/ \`…\`;`)
 * with its default options. prettier reformats such a template (its embedded formatting), and for
 * a large job that pass was most of the run; printed this way, the file needs no formatting.
 *
 * The layout, found by experiment against prettier 3 and held to it by the CLI's
 * prettier-stable test:
 * - the document starts on the line after the backtick, indented by two (one level past the
 *   statement, which is never broken before a template literal), and the backtick closes on a line
 *   of its own;
 * - each selection set opens at the end of its line and indents its fields by two more;
 * - a variable-definition list or argument list is prettier's GraphQL document
 *   (layout/graphql-arguments.ts): on its line when it fits there, else one entry a line;
 * - nothing else breaks: a long name or fragment header runs past 80 columns.
 *
 * Only the shapes `operation-documents.ts` and the fragments file build are covered: one named
 * operation or fragment, no directives, aliases, default values or descriptions, fields selected
 * by name with variable arguments. Anything else prints `undefined`, and the caller falls back to
 * graphql-js's text and a formatting pass.
 */
import { Kind } from '../graphql-language.js';
import type { DefinitionNode, DocumentNode, SelectionSetNode } from 'graphql';
import { argumentText, variableText } from './document-text.js';
import { graphQLListLine } from '../../layout/graphql-arguments.js';

/** prettier measures display width; GraphQL names are ASCII, where that is the length. */
const NON_ASCII = /[^\x20-\x7e\n]/;

/** The template's text, lines collected as they are printed. */
type Lines = string[];

/**
 * The text between the backticks of `export const x = /* GraphQL *\/ \`…\`;` as prettier prints
 * `document`: a newline, the document indented by two, a newline. `undefined` when the document
 * is not one this printer covers.
 */
export function printEmbeddedGraphQL(document: DocumentNode): string | undefined {
  const [definition, ...rest] = document.definitions;
  if (definition === undefined || rest.length > 0) return undefined;
  const lines: Lines = [];
  if (!printDefinition(definition, lines)) return undefined;
  const text = `\n${lines.join('\n')}\n`;
  return NON_ASCII.test(text) ? undefined : text;
}

function printDefinition(definition: DefinitionNode, lines: Lines): boolean {
  if (hasDirectives(definition) || hasDescription(definition)) return false;
  if (definition.kind === Kind.OPERATION_DEFINITION) {
    if (definition.name === undefined) return false;
    const variables = (definition.variableDefinitions ?? []).map(variableText);
    if (!allPrinted(variables)) return false;
    printList(lines, 1, `${definition.operation} ${definition.name.value}`, variables, ' {');
    return printSelections(definition.selectionSet, 2, lines);
  }
  if (definition.kind === Kind.FRAGMENT_DEFINITION) {
    if ((definition.variableDefinitions ?? []).length > 0) return false;
    const head = `fragment ${definition.name.value} on ${definition.typeCondition.name.value}`;
    lines.push(`${indentation(1)}${head} {`);
    return printSelections(definition.selectionSet, 2, lines);
  }
  return false;
}

/** The selections at nesting `level` (the embed's indentation is level 1), then the closing `}`. */
function printSelections(selectionSet: SelectionSetNode, level: number, lines: Lines): boolean {
  if (selectionSet.selections.length === 0) return false;
  for (const selection of selectionSet.selections) {
    if (selection.kind !== Kind.FIELD || selection.alias !== undefined) return false;
    if (hasDirectives(selection)) return false;
    const args = (selection.arguments ?? []).map(argumentText);
    if (!allPrinted(args)) return false;
    const nested = selection.selectionSet;
    printList(lines, level, selection.name.value, args, nested ? ' {' : '');
    if (nested !== undefined && !printSelections(nested, level + 1, lines)) return false;
  }
  lines.push(`${indentation(level - 1)}}`);
  return true;
}

/** `head(a, b) tail` at nesting `level` (layout/graphql-arguments.ts); `head tail` without entries. */
function printList(
  lines: Lines,
  level: number,
  head: string,
  entries: readonly string[],
  tail: string,
): void {
  const indent = indentation(level);
  if (entries.length === 0) {
    lines.push(`${indent}${head}${tail}`);
    return;
  }
  lines.push(graphQLListLine(indent.length, head, entries, tail));
}

function allPrinted(entries: readonly (string | undefined)[]): entries is readonly string[] {
  return entries.every((entry) => entry !== undefined);
}

function hasDirectives(node: { readonly directives?: readonly unknown[] | undefined }): boolean {
  return (node.directives ?? []).length > 0;
}

function hasDescription(node: object): boolean {
  return 'description' in node && node.description !== undefined;
}

function indentation(level: number): string {
  return '  '.repeat(level);
}
