/**
 * The naming rules of the Amplify transformer (APPSYNC-CONVENTIONS.md §1.2, §1.4, §1.5, §1.7, §1.14),
 * in one place so that every generated name is computed the same way.
 */
import { createHash } from 'node:crypto';
import pluralize from 'pluralize';

/** What GraphQL accepts as a name (June 2018 spec, §2.1.9). */
const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

/**
 * The longest model, enum, non-model, field or enum-value name accepted. GraphQL sets no limit, but
 * AWS cannot deploy longer names (a model's DynamoDB table name is at most 255 characters), and
 * every generated name repeats the user's: a 10 MB name made emit exceed V8's string limit.
 */
export const MAX_NAME_LENGTH = 1024;

/** True when `name` is a GraphQL name that does not start with the reserved `__`. */
export function isGraphQLName(name: string): boolean {
  return GRAPHQL_NAME.test(name) && !name.startsWith('__');
}

/** Lowers only the first character (`SKU` → `sKU`), as the transformer does. */
export function lowerFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/** Uppers only the first character. */
export function upperFirst(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** `pluralize(name)` with pluralize 8, which keeps the input's case (`SKU` → `SKUS`). */
export function pluralName(modelName: string): string {
  return pluralize(modelName);
}

/** `list<Plural>`. */
export function listQueryName(pluralModelName: string): string {
  return `list${pluralModelName}`;
}

/** `<lowerFirst(plural)>By<UpperFirst(pk)>[And<UpperFirst(sk)>...]` (§1.5). */
export function indexQueryName(pluralModelName: string, keyFields: readonly string[]): string {
  return `${lowerFirst(pluralModelName)}By${keyFields.map(upperFirst).join('And')}`;
}

/** Longest subscription name the transformer keeps as is (§1.7). */
const MAX_SUBSCRIPTION_NAME = 50;

/**
 * A subscription field name: names over 50 characters keep their first 45 characters plus the
 * first 5 hex digits of the md5 of the full name (§1.7).
 */
export function subscriptionFieldName(fullName: string): string {
  if (fullName.length <= MAX_SUBSCRIPTION_NAME) return fullName;
  const digest = createHash('md5').update(fullName).digest('hex');
  return fullName.slice(0, 45) + digest.slice(0, 5);
}

/**
 * The name the transformer gives an implicit foreign key: `camel(Model, field, keyField)`,
 * the first word with a lower-case first letter, the others upper-case (§1.2).
 */
export function implicitForeignKeyName(
  modelName: string,
  fieldName: string,
  keyField: string,
): string {
  return lowerFirst(modelName) + upperFirst(fieldName) + upperFirst(keyField);
}
