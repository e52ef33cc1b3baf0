import { describe, expect, it } from 'vitest';
import { ownerFieldOf } from './auth-rules.js';

describe('ownerFieldOf', () => {
  it('is the rule’s ownerField, else owner, as the transformer and modelgen read it', () => {
    expect(ownerFieldOf({ allow: 'owner', ownerField: 'author' })).toBe('author');
    expect(ownerFieldOf({ allow: 'owner' })).toBe('owner');
    // `rule.ownerField || 'owner'` in both AWS tools.
    expect(ownerFieldOf({ allow: 'owner', ownerField: '' })).toBe('owner');
    expect(ownerFieldOf({ allow: 'owner', ownerField: null })).toBe('owner');
  });
});
