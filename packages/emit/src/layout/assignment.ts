import { group, indent, indentIfBreak, line } from './doc.js';
import type { Doc } from './doc.js';

/**
 * `head = right;` as prettier lays out an assignment or type alias in its "fluid" layout: `= right`
 * stays on the first line when the right side fits there up to its first possible line break;
 * else the whole right side moves to the next line, indented.
 */
export function assignment(head: Doc, right: Doc): Doc {
  const afterOperator = Symbol('afterOperator');
  return [
    head,
    ' =',
    group(indent(line), { id: afterOperator }),
    indentIfBreak(right, { groupId: afterOperator }),
    ';',
  ];
}
