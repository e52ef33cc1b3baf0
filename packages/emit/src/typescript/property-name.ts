const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * A property name as it may appear in an interface or object literal: as is when it is an
 * identifier (reserved words included: `switch: boolean` is valid), otherwise quoted
 * (`"primary-author"`).
 */
export function propertyName(name: string): string {
  return IDENTIFIER.test(name) ? name : JSON.stringify(name);
}

/**
 * A key for an object literal. `__proto__` written plainly or quoted would set the prototype
 * instead of a property, so it is computed (`["__proto__"]`).
 */
export function objectLiteralKey(name: string): string {
  return name === '__proto__' ? `[${JSON.stringify(name)}]` : propertyName(name);
}
