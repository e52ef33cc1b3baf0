import {
  breakParent,
  conditionalGroup,
  group,
  ifBreak,
  indent,
  join,
  line,
  softline,
} from './doc.js';
import type { Doc } from './doc.js';

/**
 * `(a, b)` as prettier prints call arguments: on one line when they fit, else one a line with a
 * trailing comma.
 */
export function callArguments(args: readonly Doc[]): Doc {
  return group(['(', indent([softline, join([',', line], args)]), ifBreak(','), softline, ')']);
}

/**
 * `(a, {` … `})` as prettier prints call arguments whose last one is an object or array that is
 * written broken (prettier keeps such an object broken): the last argument hugs the parentheses
 * when its first line fits, else every argument goes one a line (prettier's last-argument
 * expansion, a `conditionalGroup` of the two).
 */
export function huggedLastArgument(args: readonly Doc[]): Doc {
  const others = args.slice(0, -1).map((arg) => [arg, ',', line]);
  const allBrokenOut = group(
    ['(', indent([line, join([',', line], args)]), ifBreak(','), line, ')'],
    {
      shouldBreak: true,
    },
  );
  const hugged = ['(', ...others, group(args.at(-1) ?? '', { shouldBreak: true }), ')'];
  return [breakParent, conditionalGroup([hugged, allBrokenOut])];
}
