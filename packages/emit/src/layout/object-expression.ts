import { group, ifBreak, indent, join, line } from './doc.js';
import type { Doc } from './doc.js';
import { stringLiteral } from './string-literal.js';

/**
 * A key this short never has its value moved to the next line: prettier's
 * `isObjectPropertyWithShortKey` (shorter than `tabWidth` + 3).
 */
export const SHORT_KEY = 5;

/**
 * `{` properties one a line `}` as prettier prints an object literal written over several lines
 * (`objectWrap: "preserve"` keeps it so), with a trailing comma; no properties print as `{}`.
 */
export function objectExpression(properties: readonly Doc[]): Doc {
  if (properties.length === 0) return '{}';
  const broken = { shouldBreak: true };
  return group(
    ['{', indent([line, join([',', line], properties)]), ifBreak(','), line, '}'],
    broken,
  );
}

/**
 * `key: "value"` as prettier prints a string property, `key` as it is given (bare, quoted or
 * computed: see `objectKey`): the value goes to the next line, indented, when it does not fit and
 * the key is not short (its "break-after-operator" layout).
 */
export function stringProperty(key: string, value: string): Doc {
  const text = stringLiteral(value);
  if (key.length < SHORT_KEY) return [key, ': ', text];
  return group([key, ':', group(indent([line, text]))]);
}
