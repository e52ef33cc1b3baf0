import { join, literalline } from './doc.js';
import type { Doc } from './doc.js';

/**
 * `` `text` `` as prettier prints a template literal without expressions: its text as it is, each
 * line after the first at column 0 whatever the indentation around it (`literalline`). Only the
 * first and last lines take part in the layout around it, which lets `byWidths` (width-template.ts) print it
 * with stand-ins for those two.
 */
export function templateLiteral(text: string): Doc {
  return ['`', join(literalline, text.split('\n')), '`'];
}
