import { objectExpression, stringProperty } from '../layout/object-expression.js';
import { printDoc } from '../layout/print-doc.js';
import { objectLiteralKey } from './property-name.js';

/**
 * An enum's members as an object literal, one `KEY: "KEY",` a line, laid out as prettier lays out
 * a string property (a long value goes to the next line), or `{}` when there are none, printed at
 * the start of a statement. Both enum forms we write use it: the `const` object of the model
 * interfaces and of the GraphQL types file (docs/decisions.md, "Enums").
 */
export function enumObjectLiteral(values: readonly string[]): string {
  return printDoc(objectExpression(values.map((v) => stringProperty(objectLiteralKey(v), v))));
}

/**
 * The union of an enum object's values, the type that shares its name:
 * `(typeof Status)[keyof typeof Status]`.
 */
export function enumUnionType(name: string): string {
  return `(typeof ${name})[keyof typeof ${name}]`;
}
