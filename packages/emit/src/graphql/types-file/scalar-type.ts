import type { ScalarTypeName } from '@uibuilder-codegen/core';
import { SCALAR_TS_TYPES } from '../../typescript/scalar-types.js';

/**
 * The TypeScript type of a GraphQL scalar. A scalar AppSync does not define cannot come from the
 * transformer; it reads as `unknown`, so a consumer has to narrow it instead of trusting a guess.
 */
export function scalarTypeText(scalarName: string): string {
  return Object.hasOwn(SCALAR_TS_TYPES, scalarName)
    ? SCALAR_TS_TYPES[scalarName as ScalarTypeName]
    : 'unknown';
}
