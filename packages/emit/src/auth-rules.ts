/**
 * What an `@auth` rule of the model SDL means where our outputs depend on it. The transformer
 * (the API's owner fields, graphql/appsync-schema/owner-fields.ts) and modelgen (DataStore's
 * `auth` attribute, datastore/auth-attribute.ts) read a rule the same way; this is that reading.
 */
import type { SdlValue } from '@uibuilder-codegen/core';

/** One rule of an `@auth` directive, as written. */
export type AuthRule = Readonly<Record<string, SdlValue>>;

/**
 * The field an owner rule keys on: its `ownerField`, or `owner` when it names none (both AWS
 * tools write `rule.ownerField || 'owner'`, so an empty name is no name either).
 */
export function ownerFieldOf(rule: AuthRule): string {
  const field = rule['ownerField'];
  return typeof field === 'string' && field !== '' ? field : 'owner';
}
