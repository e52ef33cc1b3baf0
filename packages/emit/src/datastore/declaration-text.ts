import type { FieldIR } from '@uibuilder-codegen/transform';
import { SCALAR_TS_TYPES } from '../typescript/scalar-types.js';

// DataStore gives each scalar the same TypeScript type as the API types do (AWSJSON as a string).

export { propertyName } from '../typescript/property-name.js';
import { propertyName } from '../typescript/property-name.js';

/** A string literal type. */
export function stringLiteral(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** The element type of a non-relationship field (scalars, enums, non-models). */
export function valueType(field: FieldIR): string {
  switch (field.type.kind) {
    case 'scalar':
      return SCALAR_TS_TYPES[field.type.name];
    case 'enum':
      return `${field.type.name} | keyof typeof ${field.type.name}`;
    case 'nonModel':
    case 'model':
      return field.type.name;
  }
}

/**
 * One `readonly` property. Lists are optional and nullable because the job does not say whether
 * the list itself may be null; their elements are nullable unless `required`.
 */
export function propertyLine(field: FieldIR, elementType: string, required: boolean): string {
  const name = propertyName(field.name);
  if (field.isArray) {
    const element = required ? wrap(elementType) : `(${elementType} | null)`;
    return `  readonly ${name}?: ${element}[] | null;`;
  }
  return required
    ? `  readonly ${name}: ${elementType};`
    : `  readonly ${name}?: ${elementType} | null;`;
}

function wrap(type: string): string {
  return type.includes(' ') ? `(${type})` : type;
}
