import type { FieldIR } from '@uibuilder-codegen/transform';
import type { Doc } from '../layout/doc.js';
import { propertySignature } from '../layout/type-doc.js';
import type { TypeNode } from '../layout/type-doc.js';
import { SCALAR_TS_TYPES } from '../typescript/scalar-types.js';

// DataStore gives each scalar the same TypeScript type as the API types do (AWSJSON as a string).

export { propertyName } from '../typescript/property-name.js';
import { propertyName } from '../typescript/property-name.js';

export const NULL: TypeNode = { kind: 'keyword', name: 'null' };
export const UNDEFINED: TypeNode = { kind: 'keyword', name: 'undefined' };

/** A named type, with type arguments if any. */
export function reference(name: string, args: readonly TypeNode[] = []): TypeNode {
  return { kind: 'reference', name, args };
}

/** A string literal type. */
export function literal(value: string): TypeNode {
  return { kind: 'literal', value };
}

/** `A | B`, with unions among the members spread into it, as TypeScript reads them. */
export function union(...types: readonly TypeNode[]): TypeNode {
  const nested = types.some((type) => type.kind === 'union');
  return {
    kind: 'union',
    types: nested ? types.flatMap((type) => (type.kind === 'union' ? type.types : [type])) : types,
  };
}

/** The element type of a non-relationship field (scalars, enums, non-models). */
export function valueType(field: FieldIR): TypeNode {
  switch (field.type.kind) {
    case 'scalar':
      return { kind: 'keyword', name: SCALAR_TS_TYPES[field.type.name] };
    case 'enum':
      return union(reference(field.type.name), { kind: 'keyofTypeof', name: field.type.name });
    case 'nonModel':
    case 'model':
      return reference(field.type.name);
  }
}

/**
 * One `readonly` property, printed at column `maxColumn` or less. Lists are optional and nullable because the job
 * does not say whether the list itself may be null (the model SDL does: a non-null list is required); their
 * elements are nullable unless `required`.
 */
export function propertyLine(
  field: FieldIR,
  elementType: TypeNode,
  required: boolean,
  maxColumn: number,
): Doc {
  const name = propertyName(field.name);
  if (field.isArray) {
    const element = required ? elementType : union(elementType, NULL);
    const list: TypeNode = { kind: 'array', element };
    // A non-null list (`[T!]!`, known from the model SDL) is required, as modelgen writes it.
    if (field.isArrayNullable === false)
      return propertySignature(`readonly ${name}`, list, maxColumn);
    return propertySignature(`readonly ${name}?`, union(list, NULL), maxColumn);
  }
  return required
    ? propertySignature(`readonly ${name}`, elementType, maxColumn)
    : propertySignature(`readonly ${name}?`, union(elementType, NULL), maxColumn);
}
