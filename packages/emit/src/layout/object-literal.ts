import { SHORT_KEY } from './object-expression.js';
import { PRINT_WIDTH } from './print-doc.js';
import { objectKey, stringLiteral } from './string-literal.js';

/**
 * Prints plain data (objects, arrays, strings, booleans) as a JavaScript object literal exactly as
 * prettier 3 prints it with its default options, given that every non-empty object is written
 * broken over lines, which prettier keeps (`objectWrap: "preserve"`):
 * - a property is `key: value,` (trailing commas "all"); the key is bare when it may be
 *   (`quoteProps: "as-needed"`);
 * - a string goes to the next line, indented, when `key: "value",` does not fit in 80 columns and
 *   the key is 5 characters or longer (prettier's "break-after-operator" layout);
 * - an object or array goes to the next line only when even `key: {` (or `key: [`) does not fit
 *   ("fluid" layout);
 * - an array is printed on one line when it fits there, else one item a line; an array holding a
 *   non-empty object is always broken, since the object is.
 *
 * It is one pass that appends to a list of strings joined once, so a 20 MB schema costs no more
 * than writing it. It is the one printer here that keeps prettier's rules as code rather than
 * building a document (issue 18 puts the TypeScript outputs on documents; `schema.js` is
 * JavaScript data): a 5,000-model `schema.js` is 630,000 lines, and prettier's
 * printer spends about 1 µs on each line and text (measured: 30 µs for 25 lines), which is as much
 * as the whole DataStore emit takes today. `undefined` properties are left out, as
 * `JSON.stringify` does; `null` is printed as a property value only; numbers and arrays inside
 * arrays are not supported (the DataStore schema has none).
 */
export function printObjectLiteral(value: object, indent = 0): string {
  const printer: Printer = { out: [], heads: [] };
  printObject(value, indent, printer);
  return printer.out.join('');
}

interface Printer {
  readonly out: string[];
  /** `key:` with its indentation, by indentation then key: a schema repeats a few keys a lot. */
  readonly heads: Map<string, string>[];
}

function printObject(value: object, indent: number, printer: Printer): void {
  if (isEmpty(value)) {
    printer.out.push('{}');
    return;
  }
  printer.out.push('{\n');
  for (const key in value) {
    const property = propertyOf(value, key);
    if (property !== undefined) printProperty(key, property, indent + 2, printer);
  }
  printer.out.push(`${spaces(indent)}}`);
}

function propertyOf(value: object, key: string): unknown {
  return (value as Record<string, unknown>)[key];
}

function printProperty(key: string, value: unknown, indent: number, printer: Printer): void {
  const { out } = printer;
  const heads = (printer.heads[indent] ??= new Map());
  let head = heads.get(key);
  if (head === undefined) {
    head = `${spaces(indent)}${objectKey(key)}:`;
    heads.set(key, head);
  }
  const short = head.length - indent - 1 < SHORT_KEY;
  if (typeof value === 'string') {
    out.push(stringPropertyText(head, short, stringLiteral(value), indent), '\n');
  } else if (typeof value === 'boolean' || value === null) {
    // `null`: a model SDL argument that turns something off (`@model(subscriptions: null)`).
    out.push(`${head} ${String(value)},\n`);
  } else {
    const brackets = Array.isArray(value) ? '[]' : '{}';
    // What must fit after `key: ` for the value to stay on this line: up to its first line break.
    const opening = isEmpty(value) ? `${brackets},` : brackets.charAt(0);
    if (short || head.length + 1 + opening.length <= PRINT_WIDTH) {
      out.push(`${head} `);
      printCompound(value, indent, head.length + 1, printer);
    } else {
      out.push(`${head}\n${spaces(indent + 2)}`);
      printCompound(value, indent + 2, indent + 2, printer);
    }
    out.push(',\n');
  }
}

function stringPropertyText(head: string, short: boolean, text: string, indent: number): string {
  const fits = short || head.length + 1 + text.length + 1 <= PRINT_WIDTH;
  return fits ? `${head} ${text},` : `${head}\n${spaces(indent + 2)}${text},`;
}

/** An object or array that starts at `column`, on a line indented `indent`, followed by `,`. */
function printCompound(value: unknown, indent: number, column: number, printer: Printer): void {
  const { out } = printer;
  if (!Array.isArray(value)) {
    if (typeof value !== 'object' || value === null) throw unsupported(value);
    printObject(value, indent, printer);
    return;
  }
  const items: readonly unknown[] = value;
  if (items.length === 0) {
    out.push('[]');
    return;
  }
  const flat = items.every((item) => typeof item !== 'object' || isEmpty(item))
    ? `[${items.map(flatItem).join(', ')}]`
    : undefined;
  if (flat !== undefined && column + flat.length + 1 <= PRINT_WIDTH) {
    out.push(flat);
    return;
  }
  out.push('[\n');
  for (const item of items) {
    out.push(spaces(indent + 2));
    if (typeof item === 'object' && item !== null && !Array.isArray(item)) {
      printObject(item, indent + 2, printer);
    } else {
      out.push(flatItem(item));
    }
    out.push(',\n');
  }
  out.push(`${spaces(indent)}]`);
}

function flatItem(item: unknown): string {
  if (typeof item === 'string') return stringLiteral(item);
  if (typeof item === 'boolean') return String(item);
  if (typeof item === 'object' && item !== null && !Array.isArray(item) && isEmpty(item))
    return '{}';
  throw unsupported(item);
}

function isEmpty(value: unknown): boolean {
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value !== 'object' || value === null) return false;
  for (const key in value) if (propertyOf(value, key) !== undefined) return false;
  return true;
}

function unsupported(value: unknown): Error {
  return new Error(`printObjectLiteral does not print ${JSON.stringify(value) ?? typeof value}`);
}

const indentation: string[] = [''];

/** `count` spaces, each length built once. */
function spaces(count: number): string {
  while (indentation.length <= count) indentation.push(`${indentation.at(-1)!} `);
  return indentation[count]!;
}
