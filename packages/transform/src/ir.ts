/**
 * The IR: what `normalizeSchema` hands every emitter (DESIGN.md §3). Plain, deeply readonly data,
 * discriminated by `kind`, collections as arrays in a defined order. Names that code uses are
 * decided here once; emitters read them and never re-derive them.
 *
 * Order: models, enums, non-models and fields keep the job's JSON key order (the order AWS's own
 * tools wrote them in, which is also the SDL order the transformer used); implicit fields follow
 * the conventions in APPSYNC-CONVENTIONS.md §1.1.
 */
import type { AuthRules, Diagnostic, ScalarTypeName, SdlValue } from '@uibuilder-codegen/core';
import type { RenderIR } from './render-ir.js';

export type { ApiIR, OutputFormIR, OutputTargetIR, RenderIR } from './render-ir.js';

/** What a field holds. */
export type FieldTypeIR =
  | { readonly kind: 'scalar'; readonly name: ScalarTypeName }
  | { readonly kind: 'enum'; readonly name: string }
  | { readonly kind: 'nonModel'; readonly name: string }
  | { readonly kind: 'model'; readonly name: string };

/**
 * Where a field comes from: declared in the schema, one of the timestamps the transformer adds
 * (`createdAt`/`updatedAt` with `readOnly: true`), an `id` the model lacks in the job but has in
 * the API, or an implicit foreign key (APPSYNC-CONVENTIONS.md §1.2).
 */
export type FieldOrigin = 'declared' | 'timestamp' | 'implicitId' | 'implicitForeignKey';

/** hasMany: this model's list field; the foreign keys live on the related (child) model. */
export interface HasManyRelationIR {
  readonly kind: 'hasMany';
  readonly relatedModel: string;
  /** The child's foreign-key fields, in key order (partition key first). */
  readonly foreignKeys: readonly string[];
  /** The child's belongsTo field that pairs with this one, when it exists. */
  readonly inverseField: string | undefined;
  /**
   * The child's sort-key fields the connection field takes as a key-condition argument
   * (APPSYNC-CONVENTIONS.md §1.3), empty when it takes none.
   */
  readonly keyConditionFields: readonly string[];
  /**
   * Declared with `references:` (the Amplify Gen 2 form), or Gen 1's implicit bidirectional form,
   * which the job shows alike: the foreign keys are the child's fields its belongsTo holds, and the
   * API has no index query over them.
   */
  readonly viaReferences: boolean;
  /** The `@hasMany(indexName:)` of the model SDL, when it was given and names one. */
  readonly indexName?: string;
  /**
   * Keyed by the transformer's implicit key (a bare `@hasMany`), even where the child declares a
   * field of that name (fixtures/real/declared-implicit-fk): the transformer then also adds the
   * key to this model's subscription filter (APPSYNC-CONVENTIONS §1.2).
   */
  readonly implicitKey?: true;
}

/** manyToMany: this model's list field, resolved through a join model. */
export interface ManyToManyRelationIR {
  readonly kind: 'manyToMany';
  /** The model on the other side (`Tag` for `Post.tags`). */
  readonly relatedModel: string;
  /** The join model (`PostTags`); the API types the field as its connection. */
  readonly joinModel: string;
  /** The join model's belongsTo field that points back at this model (`post`). */
  readonly joinField: string;
  /** The join model's belongsTo field that points at the other side (`tag`). */
  readonly otherJoinField: string;
  /** The join model's foreign-key fields that hold this model's key (`postId`). */
  readonly foreignKeys: readonly string[];
  /** The other side's list field, when it exists (`Tag.posts`). */
  readonly inverseField: string | undefined;
}

/**
 * hasOne: a single related record. The foreign keys live on this model, except for the
 * `references:` form, where they are the related model's fields its belongsTo references.
 */
export interface HasOneRelationIR {
  readonly kind: 'hasOne';
  readonly relatedModel: string;
  /**
   * The foreign-key fields: this model's, holding the related model's key; with `viaReferences`,
   * the related model's, holding this model's key.
   */
  readonly foreignKeys: readonly string[];
  /** The related model's belongsTo field, for a bidirectional hasOne. */
  readonly inverseField: string | undefined;
  /** Declared with `references:` (the Amplify Gen 2 form): the keys live on the related model. */
  readonly viaReferences: boolean;
}

/** belongsTo: the parent; the foreign keys live on this model. */
export interface BelongsToRelationIR {
  readonly kind: 'belongsTo';
  readonly relatedModel: string;
  /** This model's foreign-key fields holding the parent's key. */
  readonly foreignKeys: readonly string[];
  /** The parent's hasMany or hasOne field, when it exists. */
  readonly inverseField: string | undefined;
}

/** A relationship, on a field whose type is a model. */
export type RelationIR =
  HasManyRelationIR | ManyToManyRelationIR | HasOneRelationIR | BelongsToRelationIR;

/** One field of a model or non-model. */
export interface FieldIR {
  /** The GraphQL field name, exactly as in the job. */
  readonly name: string;
  readonly type: FieldTypeIR;
  readonly isArray: boolean;
  /** Non-null; on lists, the elements are non-null (whether the list itself may be null is unknown). */
  readonly required: boolean;
  readonly readOnly: boolean;
  readonly origin: FieldOrigin;
  /** Set on relationship fields (their type is a model). */
  readonly relation: RelationIR | undefined;
  /** Set on foreign-key scalars: the relationship field that uses them. */
  readonly foreignKeyOf: { readonly model: string; readonly field: string } | undefined;
  /**
   * On lists, whether the list itself may be null, when the model SDL says (`[T!]!` → false);
   * absent when only the job is known (which does not record it).
   */
  readonly isArrayNullable?: boolean;
  /** JSON pointer to the field in the job; for implicit fields, to what implied them. */
  readonly path: string;
}

/** A model's primary key. */
export interface PrimaryKeyIR {
  readonly partitionKey: string;
  readonly sortKeys: readonly string[];
  /**
   * True when the job names a key other than `['id']`: the list query then takes the key as
   * arguments (APPSYNC-CONVENTIONS.md §1.4).
   */
  readonly isCustom: boolean;
}

/** A secondary-index query the API has for a model (APPSYNC-CONVENTIONS.md §1.5). */
export interface IndexQueryIR {
  /** The query field name, e.g. `commentsByPostID`. */
  readonly fieldName: string;
  readonly partitionKey: string;
  readonly sortKeys: readonly string[];
}

/** One `@index` of the model SDL. */
export interface SecondaryIndexIR {
  readonly name: string;
  readonly partitionKey: string;
  readonly sortKeys: readonly string[];
  /** `queryField` as the SDL writes it: `null` turns the query off, absent names it by default. */
  readonly queryField: string | null | undefined;
}

/** The GraphQL type names generated for one model. */
export interface ModelTypeNamesIR {
  readonly connection: string;
  readonly createInput: string;
  readonly updateInput: string;
  readonly deleteInput: string;
  readonly filterInput: string;
  readonly conditionInput: string;
  readonly subscriptionFilterInput: string;
}

/** One `@model`. */
export interface ModelIR {
  readonly kind: 'model';
  readonly name: string;
  /** `pluralize(name)`, as the transformer computes it. */
  readonly pluralName: string;
  readonly isJoinTable: boolean;
  readonly primaryKey: PrimaryKeyIR;
  /** Every field the API type has, in the API's order (§1.1). */
  readonly fields: readonly FieldIR[];
  readonly typeNames: ModelTypeNamesIR;
  readonly indexQueries: readonly IndexQueryIR[];
  /**
   * The model's `@index` directives, in field order, when the model SDL was given (the job has
   * none of them: their names, sort keys and query fields are otherwise guessed).
   */
  readonly indexes?: readonly SecondaryIndexIR[];
  /**
   * The model SDL's `@model` arguments (`queries`, `mutations`, `subscriptions`, `timestamps`), as
   * written, when the SDL was given: `buildOperations` names the operations from them, and
   * DataStore's schema repeats them.
   */
  readonly modelArguments?: Readonly<Record<string, SdlValue>>;
  /**
   * The rules of each `@auth` directive of the model SDL, when it was given and the type has any
   * (a join model: both sides' directives, as modelgen gives them).
   */
  readonly auth?: readonly AuthRules[];
  readonly path: string;
}

/** One non-model (a GraphQL object type without `@model`). */
export interface NonModelIR {
  readonly kind: 'nonModel';
  readonly name: string;
  /** The GraphQL input type name used in create/update inputs: `<Name>Input`. */
  readonly inputTypeName: string;
  readonly fields: readonly FieldIR[];
  readonly path: string;
}

/** One enum. */
export interface EnumIR {
  readonly kind: 'enum';
  readonly name: string;
  readonly values: readonly string[];
  readonly path: string;
}

/** What an operation does. */
export type OperationRole =
  'get' | 'list' | 'index' | 'create' | 'update' | 'delete' | 'onCreate' | 'onUpdate' | 'onDelete';

/** One root field of the API, with the names every emitter uses for it. */
export interface OperationIR {
  readonly kind: 'query' | 'mutation' | 'subscription';
  readonly role: OperationRole;
  readonly model: string;
  /** The root field name (`getPost`, or a subscription name cut to 50 characters). */
  readonly fieldName: string;
  /** `upperFirst(fieldName)`: the GraphQL operation name and the stem of its TS types. */
  readonly operationName: string;
  /** `<operationName>Query` / `Mutation` / `Subscription`. */
  readonly resultTypeName: string;
  /** `<resultTypeName>Variables`. */
  readonly variablesTypeName: string;
  /** For `index` operations, the index queried. */
  readonly index: IndexQueryIR | undefined;
}

/**
 * A root field the output names that the job cannot confirm (DESIGN.md §2): `indexQuery`, an index
 * query derived from a foreign key, whose `@index` may have sort keys or a custom `queryField`
 * that rename it (or `queryField: null`, which removes it); `modelOperation`, a get, list,
 * mutation or subscription under the default name, which `@model(queries:, mutations:,
 * subscriptions:)` can rename or remove. The deployed AppSync schema makes each one exact.
 */
export interface AssumptionIR {
  readonly kind: 'indexQuery' | 'modelOperation';
  readonly model: string;
  /** The root field name (`commentsByPostID`, `getPost`). */
  readonly fieldName: string;
}

/** An entry of `job.dependencies`, checked. */
export interface DependencyIR {
  readonly name: string;
  readonly supportedVersion: string;
  readonly isSemVer: boolean;
  readonly reason: string;
}

/** Everything the emitters need. */
export interface SchemaIR {
  /** The job id, for the banner; `'unknown'` when the job has none. */
  readonly jobId: string;
  readonly models: readonly ModelIR[];
  readonly enums: readonly EnumIR[];
  readonly nonModels: readonly NonModelIR[];
  /** Queries (per model get, list; then every index query), mutations, subscriptions (§1.4–1.7). */
  readonly operations: readonly OperationIR[];
  /** The operations whose names rest on an assumption, index queries first, in operation order. */
  readonly assumptions: readonly AssumptionIR[];
  readonly render: RenderIR;
  readonly features: { readonly relationships: boolean; readonly nonModels: boolean };
  readonly dependencies: readonly DependencyIR[];
}

/** What `normalizeSchema` returns when the job has no errors. */
export interface NormalizeResult {
  readonly ir: SchemaIR;
  /** Warnings and infos (errors are thrown as a `SchemaError`). */
  readonly diagnostics: readonly Diagnostic[];
}
