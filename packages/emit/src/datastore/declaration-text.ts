import type { FieldIR, ScalarTypeName } from '@uibuilder-codegen/transform';

/** The TypeScript type DataStore gives each scalar (its `GraphQLScalarType.getJSType`, AWSJSON as a string). */
const SCALAR_TS_TYPES: Readonly<Record<ScalarTypeName, string>> = {
  ID: 'string',
  String: 'string',
  Int: 'number',
  Float: 'number',
  Boolean: 'boolean',
  AWSDate: 'string',
  AWSTime: 'string',
  AWSDateTime: 'string',
  AWSTimestamp: 'number',
  AWSEmail: 'string',
  AWSURL: 'string',
  AWSIPAddress: 'string',
  AWSJSON: 'string',
  AWSPhone: 'string',
};

/** A property name as written in a type literal: bare when it is an identifier, else quoted. */
export function propertyName(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name);
}

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
