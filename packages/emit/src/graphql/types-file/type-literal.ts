/** One member of an object type literal: `key: T` or `key?: T`. */
export interface TypeMember {
  readonly name: string;
  readonly optional: boolean;
  /** The member's type; a nested literal in it is laid out for the next indentation level. */
  readonly type: string;
  /** The member's line without indentation, when already made (see {@link memberLine}). */
  readonly line?: string;
}

/** `name?: T;`, the member as it is written in a literal, before indentation. */
export function memberLine(member: TypeMember): string {
  return `${propertyName(member.name)}${member.optional ? '?' : ''}: ${member.type};`;
}

export { propertyName } from '../../typescript/property-name.js';
import { propertyName } from '../../typescript/property-name.js';

/**
 * An object type literal, one member a line, its members at `indent` plus two spaces and its
 * closing brace at `indent`. A nested literal is built with the deeper indentation from the
 * start (`typeLiteral(inner, indent + '  ')`) rather than re-indented afterwards, which would copy
 * every deep selection once per level. No members gives `{}` (an operation without variables).
 */
export function typeLiteral(members: readonly TypeMember[], indent = ''): string {
  if (members.length === 0) return '{}';
  // One join, not `+=`: joining gives a flat string, while appending builds a rope of one node
  // per piece, which for the tens of thousands of operation types of a large schema held several
  // times the memory of the text until the file was printed.
  const lines = ['{'];
  for (const member of members) lines.push(`${indent}  ${member.line ?? memberLine(member)}`);
  lines.push(`${indent}}`);
  return lines.join('\n');
}
