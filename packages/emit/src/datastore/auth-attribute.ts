import type { SdlValue } from '@uibuilder-codegen/core';
import { ownerFieldOf, type AuthRule as Rule } from '../auth-rules.js';
import type { DataStoreAuthAttribute } from './introspection-schema-types.js';

const DEFAULT_OPERATIONS: readonly SdlValue[] = ['create', 'update', 'delete', 'read'];

/**
 * A model's `auth` attribute from the model SDL's `@auth` rules, completed as AWS's modelgen
 * (`processAuthDirective`) completes them: every rule gets its `operations` (all four by
 * default); owner rules their `userPools` provider, `owner` field and `cognito:username` claim;
 * static group rules their `cognito:groups` claim. Dynamic group rules (`groupField`) are left out,
 * as modelgen leaves them out. Key order follows the rule as written, defaults first.
 */
export function authAttribute(rules: readonly Rule[]): DataStoreAuthAttribute {
  const completed = rules
    .filter((rule) => !(rule['allow'] === 'groups' && truthy(rule['groupField'])))
    .map((rule): Rule => {
      const operations = firstTruthy(rule['operations'], rule['mutations']) ?? DEFAULT_OPERATIONS;
      const claim = firstTruthy(rule['identityClaim'], rule['identityField']) ?? 'username';
      if (rule['allow'] === 'owner')
        return {
          provider: 'userPools',
          // The rule's own ownerField, when it has the key, replaces this in `...rule`.
          ownerField: ownerFieldOf(rule),
          ...rule,
          identityClaim: claim === 'username' ? 'cognito:username' : claim,
          operations,
        };
      if (rule['allow'] === 'groups') {
        const { groupField: _dynamic, ...rest } = rule;
        return {
          groupClaim: 'cognito:groups',
          provider: 'userPools',
          ...rest,
          ...(truthy(rule['groups']) ? {} : { groupField: 'groups' }),
          operations,
        };
      }
      return { ...rule, operations };
    });
  return { type: 'auth', properties: { rules: completed } };
}

function truthy(value: SdlValue | undefined): boolean {
  return value !== undefined && value !== null && value !== false && value !== '' && value !== 0;
}

/** JavaScript's `a || b`: the first truthy value, if any. */
function firstTruthy(...values: (SdlValue | undefined)[]): SdlValue | undefined {
  return values.find(truthy);
}
