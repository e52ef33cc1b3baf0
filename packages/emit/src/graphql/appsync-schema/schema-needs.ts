/**
 * The inputs the AppSync schema emits only when something uses them (§1.10): enum filter inputs,
 * `Model<S>KeyConditionInput`s and composite key-condition inputs, recorded in first-use order.
 */
export interface CompositeKeyNeed {
  /** `Model<M><Key>CompositeKeyConditionInput` */
  readonly conditionName: string;
  /** `Model<M><Key>CompositeKeyInput` */
  readonly keyInputName: string;
  /** The sort-key fields with their API type names, in key order. */
  readonly fields: readonly { readonly name: string; readonly typeName: string }[];
}

/** What the schema's used-only-when-needed inputs are, filled while the types are built. */
export interface SchemaNeeds {
  /** Enum names whose `Model<E>Input` is used. */
  readonly enumInputs: Set<string>;
  /** Enum names whose `Model<E>ListInput` is used. */
  readonly enumListInputs: Set<string>;
  /** Key-condition input names (`ModelStringKeyConditionInput`). */
  readonly keyConditions: Set<string>;
  readonly compositeKeys: Map<string, CompositeKeyNeed>;
}

/** An empty record of needs. */
export function createSchemaNeeds(): SchemaNeeds {
  return {
    enumInputs: new Set(),
    enumListInputs: new Set(),
    keyConditions: new Set(),
    compositeKeys: new Map(),
  };
}
