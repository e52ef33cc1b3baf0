import { propertyName } from '../typescript/property-name.js';

/**
 * A string literal as prettier prints it by default: in double quotes, unless the value holds
 * more double quotes than single ones. Escapes are `JSON.stringify`'s, which prettier keeps as
 * they are (it only drops needless escapes of the quote it did not choose).
 */
export function stringLiteral(value: string): string {
  const json = JSON.stringify(value);
  if (!value.includes('"')) return json;
  const doubles = value.split('"').length - 1;
  const singles = value.split("'").length - 1;
  if (doubles <= singles) return json;
  const body = json
    .slice(1, -1)
    .replace(/\\(.)|'/g, (match, escaped: string | undefined) =>
      escaped === '"' ? '"' : escaped === undefined ? "\\'" : match,
    );
  return `'${body}'`;
}

const SIMPLE_NUMBER = /^(?:\d+|\d+\.\d+)$/;

/**
 * An object literal key as prettier prints it with `quoteProps: "as-needed"` for JavaScript:
 * bare when it is an identifier or a simple number that reads back as itself, else quoted.
 * Identifiers are matched in ASCII only (prettier also unquotes other Unicode identifiers), which
 * is exact for the GraphQL names the DataStore schema's keys are.
 */
export function objectKey(name: string): string {
  if (SIMPLE_NUMBER.test(name) && String(Number(name)) === name) return name;
  return propertyName(name) === name ? name : stringLiteral(name);
}
