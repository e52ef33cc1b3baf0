import type { FieldIR } from '@uibuilder-codegen/transform';
import { SCALAR_TS_TYPES } from '../typescript/scalar-types.js';

/**
 * The TypeScript type of a field's value, `| null` excluded for the field itself (the property
 * adds it). A scalar maps as AppSync maps it; an enum, non-model or model is referenced by name; a
 * many-to-many field holds the join model's records, as the API and DataStore do
 * (`Post.tags: Array<PostTags>`, each with its `tag`). On lists, `required` is about the elements:
 * `[T!]` is `Array<T>` and `[T]` is `Array<T | null>`, `list` naming `Array` (`globalThis.Array`
 * when a type of the schema is named `Array`).
 */
export function fieldValueType(field: FieldIR, list: string): string {
  const element = elementType(field);
  if (!field.isArray) return element;
  return field.required ? `${list}<${element}>` : `${list}<${element} | null>`;
}

/**
 * The field's GraphQL type as the SDL declares it (`[String!]`, `Post!`). A list is printed
 * nullable unless the model SDL says otherwise, because the job does not record whether it is
 * (APPSYNC-CONVENTIONS.md §1.16). A
 * many-to-many field is declared with the other side's type (`tags: [Tag] @manyToMany`).
 */
export function fieldGraphQLType(field: FieldIR): string {
  const name =
    field.relation?.kind === 'manyToMany' ? field.relation.relatedModel : field.type.name;
  const element = field.required ? `${name}!` : name;
  if (!field.isArray) return element;
  return field.isArrayNullable === false ? `[${element}]!` : `[${element}]`;
}

function elementType(field: FieldIR): string {
  if (field.relation?.kind === 'manyToMany') return field.relation.joinModel;
  return field.type.kind === 'scalar' ? SCALAR_TS_TYPES[field.type.name] : field.type.name;
}
