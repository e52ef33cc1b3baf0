import { group, indent, join, line, softline } from './doc.js';
import type { Doc } from './doc.js';

/**
 * `<A, B>` as prettier prints type arguments that are not hugged: on one line when they fit, else
 * one a line, indented, without a trailing comma.
 */
export function typeArguments(args: readonly Doc[]): Doc {
  return group(['<', indent([softline, join([',', line], args)]), softline, '>']);
}
