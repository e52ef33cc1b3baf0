import { group, ifBreak, indent, join, line } from './doc.js';
import type { Doc } from './doc.js';

/**
 * `{ a, b }` as prettier prints an object pattern: on one line when it fits, else one name a
 * line with a trailing comma.
 */
export function objectPattern(names: readonly string[]): Doc {
  if (names.length === 0) return '{}';
  return group(['{', indent([line, join([',', line], names)]), ifBreak(','), line, '}']);
}

/**
 * The `{ a, b }` of an import or export declaration: an object pattern, except that prettier
 * never breaks a list of one name.
 */
export function moduleSpecifiers(names: readonly string[]): Doc {
  return names.length === 1 ? `{ ${names[0]!} }` : objectPattern(names);
}
