import { describe, expect, it } from 'vitest';
import { authAttribute } from './auth-attribute.js';

describe('authAttribute', () => {
  it("completes the rules as AWS's modelgen does, and drops dynamic group rules", () => {
    expect(
      authAttribute([
        { allow: 'owner' },
        { allow: 'owner', ownerField: 'editor', identityClaim: 'sub', operations: ['update'] },
        { allow: 'groups', groups: ['Admin'] },
        { allow: 'groups', groupField: 'teams' },
        { allow: 'private', provider: 'iam' },
      ]).properties.rules,
    ).toEqual([
      {
        provider: 'userPools',
        ownerField: 'owner',
        allow: 'owner',
        identityClaim: 'cognito:username',
        operations: ['create', 'update', 'delete', 'read'],
      },
      {
        provider: 'userPools',
        ownerField: 'editor',
        allow: 'owner',
        identityClaim: 'sub',
        operations: ['update'],
      },
      {
        groupClaim: 'cognito:groups',
        provider: 'userPools',
        allow: 'groups',
        groups: ['Admin'],
        operations: ['create', 'update', 'delete', 'read'],
      },
      { allow: 'private', provider: 'iam', operations: ['create', 'update', 'delete', 'read'] },
    ]);
  });
});
