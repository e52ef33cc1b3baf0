import type { FieldIR } from '@uibuilder-codegen/transform';
import type { PropertySignatureStructure } from 'ts-morph';
import { tsMorph } from '../typescript/ts-morph-module.js';
import { docCommentText } from './doc-comment.js';
import { fieldGraphQLType, fieldValueType } from './field-type.js';
import { propertyName } from '../typescript/property-name.js';

/**
 * One interface property for a field: `name: T` when the field is non-null, `name?: T | null`
 * when it may be null, and every list optional and nullable (the job does not record list
 * nullability; a nullable list is what reads may return) but a non-null one the model SDL names
 * (`[Shop!]!`; a relationship's list is a connection, nullable). `readonly` marks server-managed fields.
 * The doc comment names the GraphQL type and, for relationships, the directive. `list` is how the
 * module names `Array` (see `fieldValueType`).
 */
export function createFieldProperty(field: FieldIR, list: string): PropertySignatureStructure {
  const nonNullList = field.isArrayNullable === false && field.relation === undefined;
  const nullable = field.isArray ? !nonNullList : !field.required;
  const valueType = fieldValueType(field, list);
  return {
    kind: tsMorph().StructureKind.PropertySignature,
    name: propertyName(field.name),
    isReadonly: field.readOnly,
    hasQuestionToken: nullable,
    type: nullable ? `${valueType} | null` : valueType,
    docs: [docCommentText(`GraphQL: \`${fieldGraphQLType(field)}\`${relationNote(field)}`)],
  };
}

function relationNote(field: FieldIR): string {
  const relation = field.relation;
  if (relation === undefined) return '';
  return relation.kind === 'manyToMany'
    ? ` @manyToMany, through \`${relation.joinModel}\``
    : ` @${relation.kind}`;
}
