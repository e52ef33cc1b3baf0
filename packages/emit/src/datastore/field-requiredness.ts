import type { FieldIR, ModelIR } from '@uibuilder-codegen/transform';

/**
 * Whether DataStore requires a value for the field, which is not always what the API says:
 * - the server-managed timestamps are `AWSDateTime!` in the API but empty until the record syncs,
 *   so modelgen writes them optional;
 * - a join model's foreign keys are `ID!` in the API, but DataStore fills them from the related
 *   records given for the join model's belongsTo fields, so modelgen writes them optional too.
 */
export function isRequiredInDataStore(field: FieldIR, model: ModelIR | undefined): boolean {
  if (field.readOnly) return false;
  if (model?.isJoinTable === true && field.foreignKeyOf?.model === model.name) return false;
  return field.required;
}
