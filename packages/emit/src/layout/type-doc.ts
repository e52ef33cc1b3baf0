import { align, group, ifBreak, indent, join, line, softline } from './doc.js';
import type { Doc } from './doc.js';
import { PRINT_WIDTH } from './print-doc.js';
import { stringLiteral } from './string-literal.js';
import { typeArguments as typeArgumentsDoc } from './type-arguments.js';

/** The TypeScript types the DataStore declarations write, as a tree to lay out. */
export type TypeNode =
  | {
      readonly kind: 'keyword';
      readonly name: 'string' | 'number' | 'boolean' | 'null' | 'undefined' | 'void';
    }
  | { readonly kind: 'reference'; readonly name: string; readonly args: readonly TypeNode[] }
  | { readonly kind: 'literal'; readonly value: string }
  | { readonly kind: 'keyofTypeof'; readonly name: string }
  | { readonly kind: 'union'; readonly types: readonly TypeNode[] }
  | { readonly kind: 'array'; readonly element: TypeNode }
  | { readonly kind: 'tuple'; readonly elements: readonly TypeNode[] };

/** Where a type stands, which decides how prettier lays out a union there. */
type Position = 'annotation' | 'typeArgument' | 'arrayElement' | 'other';

/**
 * One member of an object type, `head: type;` (`head` is e.g. `readonly name?`), as prettier
 * prints a property signature, for a member printed at column `maxColumn` or less.
 */
export function propertySignature(head: string, type: TypeNode, maxColumn: number): Doc {
  // Most members fit on their line, and then their document prints as this text anyway: building
  // the document only for the others keeps a 5,000-model package's layout time small.
  const flat = `${head}: ${flatText(type)};`;
  if (maxColumn + flat.length <= PRINT_WIDTH) return flat;
  return [group([head, ': ', typeDoc(type, 'annotation')]), ';'];
}

/** The type on one line: {@link typeDoc} printed with every group flat. */
function flatText(type: TypeNode): string {
  if (isLeaf(type)) return leafText(type);
  switch (type.kind) {
    case 'reference':
      return type.args.length === 0
        ? type.name
        : `${type.name}<${type.args.map(flatText).join(', ')}>`;
    case 'array': {
      const element = flatText(type.element);
      return type.element.kind === 'union' ? `(${element})[]` : `${element}[]`;
    }
    case 'tuple':
      return `[${type.elements.map(flatText).join(', ')}]`;
    case 'union':
      return type.types.map(flatText).join(' | ');
  }
}

/** A type that never breaks. */
type Leaf = Extract<TypeNode, { kind: 'keyword' | 'literal' | 'keyofTypeof' }>;

function isLeaf(type: TypeNode): type is Leaf {
  return type.kind === 'keyword' || type.kind === 'literal' || type.kind === 'keyofTypeof';
}

function leafText(type: Leaf): string {
  switch (type.kind) {
    case 'keyword':
      return type.name;
    case 'literal':
      return stringLiteral(type.value);
    case 'keyofTypeof':
      return `keyof typeof ${type.name}`;
  }
}

/**
 * The document prettier 3 builds for a type (its `printUnionType`, `printTypeParameters`, array
 * and tuple printers), for the node kinds above:
 * - a union of one object-like type (a reference) and `null`/`void` is "hugged": never broken;
 * - another union breaks into one `| member` a line; in a property's annotation it first moves
 *   to the next line whole, in an array type it breaks inside its parentheses;
 * - type arguments stay inline when there is one simple argument, else break one a line.
 */
export function typeDoc(type: TypeNode, position: Position = 'other'): Doc {
  if (isLeaf(type)) return leafText(type);
  switch (type.kind) {
    case 'reference':
      return [type.name, typeArguments(type.args)];
    case 'array':
      return [typeDoc(type.element, 'arrayElement'), '[]'];
    case 'tuple': {
      const elements = join(
        [',', line],
        type.elements.map((element) => typeDoc(element)),
      );
      return group(['[', indent([softline, elements]), ifBreak(','), softline, ']']);
    }
    case 'union':
      return unionDoc(type.types, position);
  }
}

function unionDoc(types: readonly TypeNode[], position: Position): Doc {
  if (isHuggedUnion(types)) {
    const hugged = join(
      ' | ',
      types.map((member) => typeDoc(member)),
    );
    return position === 'arrayElement' ? ['(', hugged, ')'] : hugged;
  }
  const members = group(
    types.map((member, index) => [
      index === 0 ? ifBreak('| ') : [line, '| '],
      align(2, typeDoc(member)),
    ]),
  );
  switch (position) {
    case 'arrayElement':
      return ['(', group([indent([softline, members]), softline]), ')'];
    case 'typeArgument':
      return members;
    case 'annotation':
    case 'other':
      return group(indent([softline, members]));
  }
}

function typeArguments(args: readonly TypeNode[]): Doc {
  if (args.length === 0) return '';
  const printed = args.map((arg) => typeDoc(arg, 'typeArgument'));
  if (args.length === 1 && isHuggedType(args[0]!)) return ['<', printed, '>'];
  return typeArgumentsDoc(printed);
}

/** prettier's `shouldHugType`: a simple type (keyword, literal, reference without arguments). */
function isHuggedType(type: TypeNode): boolean {
  switch (type.kind) {
    case 'keyword':
    case 'literal':
      return true;
    case 'reference':
      return type.args.length === 0;
    case 'union':
      return isHuggedUnion(type.types);
    default:
      return false;
  }
}

/** prettier's `shouldHugUnionType`: one object-like type, the others `null` or `void`. */
function isHuggedUnion(types: readonly TypeNode[]): boolean {
  const objectLike = types.filter((type) => type.kind === 'reference');
  return (
    objectLike.length === 1 &&
    types.every(
      (type) =>
        type.kind === 'reference' ||
        (type.kind === 'keyword' && (type.name === 'null' || type.name === 'void')),
    )
  );
}
