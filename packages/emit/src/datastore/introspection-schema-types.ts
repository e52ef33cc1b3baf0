/**
 * The DataStore schema object that `models/schema.js` exports: the shape `amplify codegen models`
 * writes for JavaScript and that `initSchema` from `@aws-amplify/datastore` reads (its `Schema`,
 * `SchemaModel`, `ModelField` and `ModelAttribute` types). Plain JSON data, key order as AWS
 * writes it, so that the printed file reads like theirs.
 */
import type { ScalarTypeName, SdlValue } from '@uibuilder-codegen/core';

/** A field's type: a scalar name, or a reference to a model, enum or non-model. */
export type DataStoreFieldType =
  | ScalarTypeName
  | { readonly model: string }
  | { readonly enum: string }
  | { readonly nonModel: string };

/** How a relationship field finds its related records. */
export type DataStoreAssociation =
  | {
      readonly connectionType: 'HAS_MANY';
      /** The child's foreign-key fields, its belongsTo field, or the join model's field. */
      readonly associatedWith: readonly string[];
    }
  | {
      readonly connectionType: 'HAS_ONE';
      /**
       * The related model's primary-key fields; for the `references:` form, its fields that hold
       * this model's key.
       */
      readonly associatedWith: readonly string[];
      /** This model's foreign-key fields; absent for the `references:` form. */
      readonly targetNames?: readonly string[];
    }
  | {
      readonly connectionType: 'BELONGS_TO';
      /** This model's foreign-key fields. */
      readonly targetNames: readonly string[];
    };

/** One field of a model or non-model. */
export interface DataStoreField {
  readonly name: string;
  readonly isArray: boolean;
  readonly type: DataStoreFieldType;
  readonly isRequired: boolean;
  readonly attributes: readonly never[];
  /** Present on list fields only. */
  readonly isArrayNullable?: boolean;
  /** Present on the server-managed timestamps only. */
  readonly isReadOnly?: boolean;
  readonly association?: DataStoreAssociation;
}

/** `{ type: 'key' }`: the primary key (no `name`) or a secondary index (named). */
export interface DataStoreKeyAttribute {
  readonly type: 'key';
  readonly properties: {
    readonly name?: string;
    /** The index's query field as the model SDL writes it (`null`: no query), when it does. */
    readonly queryField?: string | null;
    readonly fields: readonly string[];
  };
}

/** `{ type: 'auth' }`: the model SDL's `@auth` rules, completed as modelgen completes them. */
export interface DataStoreAuthAttribute {
  readonly type: 'auth';
  readonly properties: { readonly rules: readonly Readonly<Record<string, SdlValue>>[] };
}

/**
 * A model-level attribute: `@model` itself (with its arguments when the model SDL gives them), a
 * key, or the `@auth` rules.
 */
export type DataStoreModelAttribute =
  | { readonly type: 'model'; readonly properties: Readonly<Record<string, SdlValue>> }
  | DataStoreKeyAttribute
  | DataStoreAuthAttribute;

/** One model. */
export interface DataStoreModel {
  readonly name: string;
  readonly fields: Readonly<Record<string, DataStoreField>>;
  readonly syncable: true;
  readonly pluralName: string;
  readonly attributes: readonly DataStoreModelAttribute[];
}

/** One non-model type. */
export interface DataStoreNonModel {
  readonly name: string;
  readonly fields: Readonly<Record<string, DataStoreField>>;
}

/** One enum. */
export interface DataStoreEnum {
  readonly name: string;
  readonly values: readonly string[];
}

/** The whole schema object, as `schema.js` exports it. */
export interface DataStoreSchema {
  readonly models: Readonly<Record<string, DataStoreModel>>;
  readonly enums: Readonly<Record<string, DataStoreEnum>>;
  readonly nonModels: Readonly<Record<string, DataStoreNonModel>>;
  /** The modelgen version the schema claims; `initSchema` requires `^3.2.0`. */
  readonly codegenVersion: string;
  /** A content hash: DataStore compares it to the stored one and clears local data when it changes. */
  readonly version: string;
}
