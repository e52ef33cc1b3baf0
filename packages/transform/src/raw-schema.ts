/**
 * The job's genericDataSchema after its JSON shape was checked (`readGenericDataSchema`), before
 * any meaning is given to it. Internal to the transform: the passes read it, emitters never see it.
 */

/** A relationship as the job states it, with its JSON pointer. */
export interface RawRelationship {
  readonly type: 'HAS_MANY' | 'HAS_ONE' | 'BELONGS_TO';
  readonly relatedModelName: string;
  readonly relatedModelFields: readonly string[];
  readonly relatedJoinFieldName: string | undefined;
  readonly relatedJoinTableName: string | undefined;
  readonly belongsToFieldOnRelatedModel: string | undefined;
  /** `undefined` when the job has no `associatedFields` (foreign-key scalars, hasMany fields). */
  readonly associatedFields: readonly string[] | undefined;
  readonly isHasManyIndex: boolean;
  readonly path: string;
}

/** A field as the job states it. */
export interface RawField {
  readonly name: string;
  readonly path: string;
  readonly dataType: string;
  readonly dataTypeValue: string | undefined;
  readonly required: boolean;
  readonly readOnly: boolean;
  readonly isArray: boolean;
  readonly relationship: RawRelationship | undefined;
}

/** A model as the job states it; `primaryKeys` defaulted to `['id']`. */
export interface RawModel {
  readonly name: string;
  readonly path: string;
  readonly isJoinTable: boolean;
  readonly primaryKeys: readonly string[];
  readonly fields: readonly RawField[];
}

/** A non-model as the job states it. */
export interface RawNonModel {
  readonly name: string;
  readonly path: string;
  readonly fields: readonly RawField[];
}

/** An enum as the job states it. */
export interface RawEnum {
  readonly name: string;
  readonly path: string;
  readonly values: readonly string[];
}

/** The checked genericDataSchema, in the job's key order. */
export interface RawSchema {
  readonly models: readonly RawModel[];
  readonly enums: readonly RawEnum[];
  readonly nonModels: readonly RawNonModel[];
}

/** Looks fields up by model and field name without touching any prototype. */
export interface RawIndex {
  readonly model: (name: string) => RawModel | undefined;
  readonly field: (model: string, field: string) => RawField | undefined;
}

/** Builds a {@link RawIndex} over `raw` (Map-based, so `__proto__` is just a name). */
export function indexRawSchema(raw: RawSchema): RawIndex {
  const models = new Map(raw.models.map((m) => [m.name, m]));
  const fields = new Map<string, Map<string, RawField>>();
  for (const m of raw.models) fields.set(m.name, new Map(m.fields.map((f) => [f.name, f])));
  return {
    model: (name) => models.get(name),
    field: (model, field) => fields.get(model)?.get(field),
  };
}
