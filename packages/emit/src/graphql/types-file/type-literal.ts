/** One member of an object type literal: `key: T` or `key?: T`. */
export interface TypeMember {
  readonly name: string;
  readonly optional: boolean;
  /** The member's type; may span lines (a nested literal), indented from column 0. */
  readonly type: string;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A property name as TypeScript accepts it: bare when it is an identifier, quoted otherwise. */
export function propertyName(name: string): string {
  return IDENTIFIER.test(name) ? name : JSON.stringify(name);
}

/**
 * An object type literal, one member a line, indented by two spaces per level. Nested literals
 * arrive already laid out from column 0 and are shifted right here, so the text reads the same at
 * every depth. No members gives `{}` (an operation without variables).
 */
export function typeLiteral(members: readonly TypeMember[]): string {
  if (members.length === 0) return '{}';
  const lines = members.map(
    (member) =>
      `  ${propertyName(member.name)}${member.optional ? '?' : ''}: ${member.type.replace(/\n/g, '\n  ')};`,
  );
  return `{\n${lines.join('\n')}\n}`;
}
