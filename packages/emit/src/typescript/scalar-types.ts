import type { ScalarTypeName } from '@uibuilder-codegen/core';

/**
 * The TypeScript type of each AppSync scalar, as AWS's `generateTypes` maps them
 * (APPSYNC-CONVENTIONS.md §3): numbers for Int, Float and AWSTimestamp (epoch seconds), booleans
 * for Boolean, strings for ID, String and every other AWS scalar, AWSJSON included (it travels
 * as a JSON string).
 */
export const SCALAR_TS_TYPES: Readonly<Record<ScalarTypeName, 'string' | 'number' | 'boolean'>> = {
  ID: 'string',
  String: 'string',
  Int: 'number',
  Float: 'number',
  Boolean: 'boolean',
  AWSDate: 'string',
  AWSTime: 'string',
  AWSDateTime: 'string',
  AWSTimestamp: 'number',
  AWSEmail: 'string',
  AWSURL: 'string',
  AWSIPAddress: 'string',
  AWSJSON: 'string',
  AWSPhone: 'string',
};
