/**
 * What the Amplify model SDL (`amplify/backend/api/<name>/schema.graphql`) adds to a job: the facts
 * the job does not carry, read from the SDL's directives by `@uibuilder-codegen/fetch`
 * (`readModelSchemaFiles`), as plain data so that the transform needs no GraphQL parser.
 */
export interface ModelSchemaFacts {
  /** Where the SDL came from (a path, or `aws:<apiName>`), for messages. */
  readonly source: string;
  /** The `@model` types by name. */
  readonly models: Readonly<Record<string, ModelFacts>>;
}

/** One `@model` type of the SDL. */
export interface ModelFacts {
  /** `@index` directives in field order. */
  readonly indexes: readonly {
    readonly name: string;
    readonly partitionKey: string;
    readonly sortKeys: readonly string[];
    readonly queryField: string | undefined;
  }[];
  /** The `@primaryKey` field and its `sortKeyFields`, when the type has one (else `id`). */
  readonly primaryKey?: { readonly partitionKey: string; readonly sortKeys: readonly string[] };
  /** For each list field, whether the list itself may be null. */
  readonly listNullable: Readonly<Record<string, boolean>>;
}
