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
  /**
   * The non-model object types by name (not `Query`, `Mutation`, `Subscription`): for each list
   * field, whether the list itself may be null. Absent in facts made before non-models were read.
   */
  readonly nonModels?: Readonly<Record<string, Pick<ModelFacts, 'listNullable'>>>;
}

/** A directive argument's value, as graphql-js `valueFromASTUntyped` reads it. */
export type SdlValue =
  null | boolean | number | string | readonly SdlValue[] | { readonly [key: string]: SdlValue };

/** The `rules` of one `@auth` directive, as written. */
export type AuthRules = readonly Readonly<Record<string, SdlValue>>[];

/** One `@model` type of the SDL. */
export interface ModelFacts {
  /** `@index` directives in field order. */
  readonly indexes: readonly {
    /** `name:`; absent for the transformer's default name. */
    readonly name: string | undefined;
    readonly partitionKey: string;
    readonly sortKeys: readonly string[];
    /** `queryField:`; `null` turns the query off, absent gives the transformer's default name. */
    readonly queryField: string | null | undefined;
  }[];
  /** The `@primaryKey` field and its `sortKeyFields`, when the type has one (else `id`). */
  readonly primaryKey?: { readonly partitionKey: string; readonly sortKeys: readonly string[] };
  /** For each list field, whether the list itself may be null. */
  readonly listNullable: Readonly<Record<string, boolean>>;
  /**
   * The `@model` directive's arguments in source order (`queries`, `mutations`, `subscriptions`,
   * `timestamps`, ...); `{}` for a bare `@model`.
   */
  readonly modelArguments?: Readonly<Record<string, SdlValue>>;
  /** The rules of each of the type's `@auth` directives, as written; absent without `@auth`. */
  readonly auth?: readonly AuthRules[];
  /** The `@hasMany` fields that name their index: field name -> `indexName`. */
  readonly hasManyIndexNames?: Readonly<Record<string, string>>;
}
