/**
 * Small builders for hand-written IR in tests, filling in what a test does not care about. They
 * build the shapes `normalizeSchema` returns (packages/transform/src/ir.ts); tests that need the
 * transform's exact output should feed it a real job instead.
 */
import { readRenderConfig } from '@uibuilder-codegen/transform';
import type {
  EnumIR,
  FieldIR,
  FieldTypeIR,
  ModelIR,
  NonModelIR,
  RelationIR,
  RenderIR,
  SchemaIR,
} from '@uibuilder-codegen/transform';
import type { ApiConfiguration, Diagnostic, ReactRenderConfig } from '@uibuilder-codegen/core';
import type { ScalarTypeName } from '@uibuilder-codegen/core';

/** Options for {@link field}. */
export interface FieldOptions {
  /** @default false */
  readonly required?: boolean;
  /** @default false */
  readonly isArray?: boolean;
  /** @default false */
  readonly readOnly?: boolean;
  /** @default 'declared' */
  readonly origin?: FieldIR['origin'];
  /** @default undefined */
  readonly relation?: RelationIR;
  /** @default undefined */
  readonly foreignKeyOf?: FieldIR['foreignKeyOf'];
}

/** A field of any type; `type` may be a scalar name for brevity. */
export function field(
  owner: string,
  name: string,
  type: FieldTypeIR | ScalarTypeName,
  options: FieldOptions = {},
): FieldIR {
  return {
    name,
    type: typeof type === 'string' ? { kind: 'scalar', name: type } : type,
    isArray: options.isArray ?? false,
    required: options.required ?? false,
    readOnly: options.readOnly ?? false,
    origin: options.origin ?? 'declared',
    relation: options.relation,
    foreignKeyOf: options.foreignKeyOf,
    path: `/genericDataSchema/models/${owner}/fields/${name}`,
  };
}

/** The `createdAt`/`updatedAt` pair the transformer adds (`AWSDateTime!`, read-only). */
export function timestampFields(owner: string): FieldIR[] {
  return ['createdAt', 'updatedAt'].map((name) =>
    field(owner, name, 'AWSDateTime', { required: true, readOnly: true, origin: 'timestamp' }),
  );
}

/** A model with the default key (`id`) unless `primaryKey` says otherwise. */
export function model(
  name: string,
  pluralName: string,
  fields: readonly FieldIR[],
  options: { isJoinTable?: boolean; partitionKey?: string; sortKeys?: readonly string[] } = {},
): ModelIR {
  const partitionKey = options.partitionKey ?? 'id';
  const sortKeys = options.sortKeys ?? [];
  return {
    kind: 'model',
    name,
    pluralName,
    isJoinTable: options.isJoinTable ?? false,
    primaryKey: { partitionKey, sortKeys, isCustom: partitionKey !== 'id' || sortKeys.length > 0 },
    fields,
    typeNames: {
      connection: `Model${name}Connection`,
      createInput: `Create${name}Input`,
      updateInput: `Update${name}Input`,
      deleteInput: `Delete${name}Input`,
      filterInput: `Model${name}FilterInput`,
      conditionInput: `Model${name}ConditionInput`,
      subscriptionFilterInput: `ModelSubscription${name}FilterInput`,
    },
    indexQueries: [],
    path: `/genericDataSchema/models/${name}`,
  };
}

/** A non-model type. */
export function nonModel(name: string, fields: readonly FieldIR[]): NonModelIR {
  return {
    kind: 'nonModel',
    name,
    inputTypeName: `${name}Input`,
    fields,
    path: `/genericDataSchema/nonModels/${name}`,
  };
}

/** An enum. */
export function enumType(name: string, values: readonly string[]): EnumIR {
  return { kind: 'enum', name, values, path: `/genericDataSchema/enums/${name}` };
}

/** The paths AWS's codegen-ui writes for `graphQLConfig` (the blog and recipes examples). */
export const GRAPHQL_CONFIG = {
  graphQLConfig: {
    typesFilePath: '../API',
    queriesFilePath: '../graphql/queries',
    mutationsFilePath: '../graphql/mutations',
    subscriptionsFilePath: '../graphql/subscriptions',
    fragmentsFilePath: '../graphql/fragments',
  },
} as const satisfies ApiConfiguration;

/**
 * The render config a job's `renderConfig.react` gives, read by the transform as every job's is
 * (default: `noApiConfig`, `script: 'tsx'`; what `react` names replaces it). Throws on a render
 * config the transform refuses.
 */
export function renderConfig(react: ReactRenderConfig = {}): RenderIR {
  const diagnostics: Diagnostic[] = [];
  const render = readRenderConfig(
    { react: { script: 'tsx', apiConfiguration: { noApiConfig: {} }, ...react } },
    diagnostics,
  );
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new Error(errors.map((d) => `${d.path}: ${d.message}`).join('\n'));
  return render;
}

/**
 * `ir` written in the output form that `react`'s `script`, `target`, `module`,
 * `renderTypeDeclarations` and `inlineSourceMap` give; its API configuration stays.
 */
export function withOutputForm(ir: SchemaIR, react: ReactRenderConfig): SchemaIR {
  return { ...ir, render: { ...ir.render, output: renderConfig(react).output } };
}

/** `ir` with the render config `react` gives (see {@link renderConfig}). */
export function withRenderConfig(ir: SchemaIR, react: ReactRenderConfig): SchemaIR {
  return { ...ir, render: renderConfig(react) };
}

/** A schema IR with everything empty but what is given. */
export function schemaIR(parts: Partial<SchemaIR> = {}): SchemaIR {
  return {
    jobId: 'test-job',
    models: [],
    enums: [],
    nonModels: [],
    operations: [],
    assumptions: [],
    render: renderConfig(),
    features: { relationships: true, nonModels: true },
    dependencies: [],
    ...parts,
  };
}
