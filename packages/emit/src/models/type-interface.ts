import type { ModelIR, NonModelIR, SchemaIR } from '@uibuilder-codegen/transform';
import { StructureKind } from 'ts-morph';
import type { InterfaceDeclarationStructure } from 'ts-morph';
import { docCommentText } from './doc-comment.js';
import { createFieldProperty } from './field-property.js';

/**
 * One interface for a model or non-model, with a property per field in the API's order. Fields
 * the job's feature flags turn off (relationships, non-model fields) are left out.
 */
export function createTypeInterface(
  type: ModelIR | NonModelIR,
  features: SchemaIR['features'],
): InterfaceDeclarationStructure {
  const fields = type.fields.filter(
    (field) =>
      (features.relationships || field.relation === undefined) &&
      (features.nonModels || field.type.kind !== 'nonModel'),
  );
  return {
    kind: StructureKind.Interface,
    isExported: true,
    name: type.name,
    docs: [docCommentText(describe(type))],
    properties: fields.map(createFieldProperty),
  };
}

function describe(type: ModelIR | NonModelIR): string {
  if (type.kind === 'nonModel') return `GraphQL type \`${type.name}\` (a non-model).`;
  return type.isJoinTable
    ? `GraphQL model \`${type.name}\`, the join model of a many-to-many relationship.`
    : `GraphQL model \`${type.name}\`.`;
}
