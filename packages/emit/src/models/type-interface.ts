import type { ModelIR, NonModelIR } from '@uibuilder-codegen/transform';
import type { InterfaceDeclarationStructure } from 'ts-morph';
import { tsMorph } from '../typescript/ts-morph-module.js';
import { docCommentText } from './doc-comment.js';
import { createFieldProperty } from './field-property.js';

/**
 * One interface for a model or non-model, with a property per field in the API's order (the
 * transform has already dropped what the job's feature flags turn off); `list` names `Array`.
 */
export function createTypeInterface(
  type: ModelIR | NonModelIR,
  list: string,
): InterfaceDeclarationStructure {
  return {
    kind: tsMorph().StructureKind.Interface,
    isExported: true,
    name: type.name,
    docs: [docCommentText(describe(type))],
    properties: type.fields.map((field) => createFieldProperty(field, list)),
  };
}

function describe(type: ModelIR | NonModelIR): string {
  if (type.kind === 'nonModel') return `GraphQL type \`${type.name}\` (a non-model).`;
  return type.isJoinTable
    ? `GraphQL model \`${type.name}\`, the join model of a many-to-many relationship.`
    : `GraphQL model \`${type.name}\`.`;
}
