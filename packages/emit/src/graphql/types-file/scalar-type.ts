/**
 * How each AppSync scalar reads in TypeScript, as AWS's `generateTypes` maps it
 * (APPSYNC-CONVENTIONS.md §3): every string-like scalar is `string`, numbers and `AWSTimestamp`
 * (epoch seconds) are `number`.
 */
const SCALAR_TYPE_TEXT: Readonly<Record<string, string>> = {
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
  AWSJSON: 'string',
  AWSURL: 'string',
  AWSPhone: 'string',
  AWSIPAddress: 'string',
};

/**
 * The TypeScript type of a GraphQL scalar. A scalar AppSync does not define cannot come from the
 * transformer; it reads as `unknown`, so a consumer has to narrow it instead of trusting a guess.
 */
export function scalarTypeText(scalarName: string): string {
  return Object.hasOwn(SCALAR_TYPE_TEXT, scalarName) ? SCALAR_TYPE_TEXT[scalarName]! : 'unknown';
}
