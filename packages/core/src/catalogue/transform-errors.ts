/**
 * The errors the transform finds in a codegen job: input that is not a job, bad names, types,
 * relationships, keys and enums, names that collide, and render configs it cannot read.
 */
import type { CatalogueEntries } from './catalogue-entry.js';

/** The payload each error code takes. `owner` is `Model.field` (or `NonModel.field`). */
export interface TransformErrorPayloads {
  InvalidInput: { actual: string };
  InvalidValue: { subject: string; expected: string; actual: string };
  MissingGenericDataSchema: Record<string, never>;
  EmptySchema: Record<string, never>;
  NameTooLong: { kind: string; name: string; length: number; limit: number };
  InvalidName: { kind: string; name: string };
  InvalidFieldName: { owner: string };
  ReservedTypeName: { kind: string; name: string; reason: string };
  DuplicateTypeName: { name: string; kinds: string };
  UnknownDataType: { owner: string; dataType: string };
  MissingDataTypeValue: { owner: string; dataType: string };
  DanglingTypeReference: { owner: string; dataType: string; name: string };
  DanglingModelReference: { owner: string; name: string };
  UnknownRelationshipType: { owner: string; type: string };
  MissingRelationship: { owner: string };
  InvalidRelationship: { owner: string; reason: string };
  NonModelInputHoldsModel: {
    owner: string;
    nonModel: string;
    holder: string;
    field: string;
    model: string;
  };
  InvalidForeignKey: { owner: string; name: string; reason: string };
  DanglingJoinModel: { owner: string; name: string };
  DanglingJoinField: { owner: string; joinModel: string; name: string };
  EmptyPrimaryKey: { model: string };
  MissingPrimaryKeyField: { model: string; name: string };
  DuplicatePrimaryKeyField: { model: string; name: string };
  EmptyEnum: { name: string };
  InvalidEnumValue: { name: string; value: string };
  DuplicateEnumValue: { name: string; value: string };
  GeneratedNameCollision: { kind: string; name: string; generatedBy: string };
  OperationNameCollision: { name: string; models: string };
  UnknownUnionMember: { union: string; member: string };
  AmbiguousUnion: { union: string; members: string };
  InvalidRenderOption: { option: string; value: string; allowed: string };
  InvalidOutputPath: { option: string; value: string; reason: string };
  UnreachableTypesFile: { option: string; value: string; typesFile: string };
  InternalError: { detail: string };
}

/** The hint's ending for a name the data model must change. */
export const RENAME =
  'Rename it in the data model (amplify/backend/api/*/schema.graphql) and redeploy, then start a new codegen job.';

/** The entries of {@link TransformErrorPayloads}. */
export const TRANSFORM_ERRORS: CatalogueEntries<TransformErrorPayloads> = {
  InvalidInput: {
    severity: 'error',
    message: (p) => `The input is not a codegen job: expected a JSON object, got ${p.actual}`,
    hint: () =>
      'Pass the output of `aws amplifyuibuilder get-codegen-job` ({"job": {...}}) or the bare job object.',
  },
  InvalidValue: {
    severity: 'error',
    message: (p) => `${p.subject} must be ${p.expected}, got ${p.actual}`,
    hint: () => 'Fix the value in the job file, or fetch the job again from AWS.',
  },
  MissingGenericDataSchema: {
    severity: 'error',
    message: () => 'The job has no genericDataSchema, so there are no models to generate code for',
    hint: () =>
      'Start the codegen job with a data schema (amplify pull / Amplify Studio does this), then fetch it again.',
  },
  EmptySchema: {
    severity: 'error',
    message: () => 'The genericDataSchema has no models',
    hint: () => 'Add at least one @model to the data model and deploy it before generating code.',
  },
  NameTooLong: {
    severity: 'error',
    message: (p) =>
      `${p.kind} name ${JSON.stringify(p.name.slice(0, 40))}… is ${p.length} characters long, more than ${p.limit}`,
    hint: () => `AWS cannot deploy names this long. ${RENAME}`,
  },
  InvalidName: {
    severity: 'error',
    message: (p) => `${p.kind} name ${JSON.stringify(p.name)} is not a valid GraphQL name`,
    hint: () =>
      `GraphQL names match /^[_A-Za-z][_0-9A-Za-z]*$/ and do not start with "__". ${RENAME}`,
  },
  InvalidFieldName: {
    severity: 'error',
    message: (p) => `Field ${p.owner} is not a valid GraphQL name, so the API cannot have it`,
    hint: () =>
      `GraphQL names match /^[_A-Za-z][_0-9A-Za-z]*$/ and do not start with "__". ${RENAME}`,
  },
  ReservedTypeName: {
    severity: 'error',
    message: (p) =>
      `${p.kind} ${p.name} is named like ${p.reason}, which a generated TypeScript or GraphQL type cannot be named`,
    hint: () => `Choose a more specific name (e.g. prefix it with your domain). ${RENAME}`,
  },
  DuplicateTypeName: {
    severity: 'error',
    message: (p) => `The name ${p.name} is used by more than one type (${p.kinds})`,
    hint: () => `Every model, enum and non-model needs its own name. ${RENAME}`,
  },
  UnknownDataType: {
    severity: 'error',
    message: (p) => `${p.owner} has an unknown dataType ${JSON.stringify(p.dataType)}`,
    hint: () =>
      'Use a scalar (ID, String, Int, Float, Boolean, AWSDate, AWSTime, AWSDateTime, AWSTimestamp, AWSEmail, AWSURL, AWSIPAddress, AWSJSON, AWSPhone) or Enum, Model, NonModel.',
  },
  MissingDataTypeValue: {
    severity: 'error',
    message: (p) =>
      `${p.owner} is a ${p.dataType} field but has no dataTypeValue naming the ${p.dataType.toLowerCase()}`,
    hint: () => 'Set dataTypeValue to the referenced type name, or fetch the job again from AWS.',
  },
  DanglingTypeReference: {
    severity: 'error',
    message: (p) =>
      `${p.owner} refers to ${p.dataType.toLowerCase()} ${JSON.stringify(p.name)}, which does not exist`,
    hint: (p) =>
      `Define ${p.dataType.toLowerCase()} ${p.name} in the schema, or correct the reference.`,
  },
  DanglingModelReference: {
    severity: 'error',
    message: (p) => `${p.owner} points at model ${JSON.stringify(p.name)}, which does not exist`,
    hint: (p) => `Add model ${p.name} to the schema, or correct relatedModelName.`,
  },
  UnknownRelationshipType: {
    severity: 'error',
    message: (p) => `${p.owner} has an unknown relationship type ${JSON.stringify(p.type)}`,
    hint: () => 'Use HAS_MANY, HAS_ONE or BELONGS_TO.',
  },
  MissingRelationship: {
    severity: 'error',
    message: (p) => `${p.owner} has a model type but no relationship`,
    hint: () =>
      'Model-typed fields need a relationship (HAS_MANY, HAS_ONE or BELONGS_TO); fetch the job again from AWS.',
  },
  InvalidRelationship: {
    severity: 'error',
    message: (p) => `${p.owner}: ${p.reason}`,
    hint: () =>
      'Fix the relationship in the data model (@hasMany on lists, @hasOne / @belongsTo on single fields) and redeploy.',
  },
  NonModelInputHoldsModel: {
    severity: 'error',
    message: (p) =>
      `${p.owner} holds the non-model ${p.nonModel}, which holds the model ${p.model} (${p.holder}): the transformer gives ${p.nonModel} an input naming ${p.model}Input, which it never defines, so AppSync cannot deploy this schema`,
    hint: (p) =>
      `Hold the model's key instead (a scalar field such as ${p.field}Id: ID in place of ${p.holder}), or return ${p.nonModel} only from custom operations, not from a model field; then redeploy.`,
  },
  InvalidForeignKey: {
    severity: 'error',
    message: (p) => `${p.owner} names foreign key ${JSON.stringify(p.name)}, which ${p.reason}`,
    hint: () =>
      'Foreign keys are scalar fields holding the related key; correct associatedFields / relatedModelFields.',
  },
  DanglingJoinModel: {
    severity: 'error',
    message: (p) =>
      `${p.owner} is a many-to-many through ${JSON.stringify(p.name)}, which is not a model`,
    hint: (p) =>
      `Add the join model ${p.name} (isJoinTable: true), or correct relatedJoinTableName.`,
  },
  DanglingJoinField: {
    severity: 'error',
    message: (p) =>
      `${p.owner} names join field ${JSON.stringify(p.name)}, which ${p.joinModel} does not have as a belongsTo`,
    hint: (p) =>
      `Correct relatedJoinFieldName / relatedModelFields to a belongsTo field of ${p.joinModel}.`,
  },
  EmptyPrimaryKey: {
    severity: 'error',
    message: (p) => `Model ${p.model} has an empty primaryKeys list`,
    hint: () =>
      'List the partition key first, then the sort keys; omit primaryKeys for the default ["id"].',
  },
  MissingPrimaryKeyField: {
    severity: 'error',
    message: (p) =>
      `Model ${p.model} has primary key field ${JSON.stringify(p.name)}, which it does not have`,
    hint: () => 'Every primary key field must be a scalar field of the model; correct primaryKeys.',
  },
  DuplicatePrimaryKeyField: {
    severity: 'error',
    message: (p) =>
      `Model ${p.model} lists primary key field ${JSON.stringify(p.name)} more than once`,
    hint: () => 'List each key field once: the partition key, then the sort keys.',
  },
  EmptyEnum: {
    severity: 'error',
    message: (p) => `Enum ${p.name} has no values`,
    hint: () => 'GraphQL enums need at least one value; add one or remove the enum.',
  },
  InvalidEnumValue: {
    severity: 'error',
    message: (p) =>
      `Enum ${p.name} has value ${JSON.stringify(p.value)}, which is not a valid GraphQL enum value`,
    hint: () =>
      `Enum values match /^[_A-Za-z][_0-9A-Za-z]*$/ and are not true, false or null. ${RENAME}`,
  },
  DuplicateEnumValue: {
    severity: 'error',
    message: (p) => `Enum ${p.name} lists value ${p.value} more than once`,
    hint: () => 'Remove the duplicate value.',
  },
  GeneratedNameCollision: {
    severity: 'error',
    message: (p) => `${p.kind} ${p.name} collides with the name generated for ${p.generatedBy}`,
    hint: () =>
      `Generated names (Create<M>Input, Model<M>Connection, list<Plural>, <Op>Query, ...) must be unique. ${RENAME}`,
  },
  OperationNameCollision: {
    severity: 'error',
    message: (p) => `Models ${p.models} would both generate the operation ${p.name}`,
    hint: () =>
      `The Amplify transformer cannot deploy this either (pluralize gives both the same plural). ${RENAME}`,
  },
  UnknownUnionMember: {
    severity: 'error',
    message: (p) => `${p.union} has a member this tool does not know: ${JSON.stringify(p.member)}`,
    hint: () =>
      'The job was made by a newer AmplifyUIBuilder API; upgrade uibuilder-codegen or start the job with a known configuration.',
  },
  AmbiguousUnion: {
    severity: 'error',
    message: (p) => `${p.union} must have exactly one member, got ${p.members}`,
    hint: () => 'Keep one of graphQLConfig, dataStoreConfig, noApiConfig.',
  },
  InvalidRenderOption: {
    severity: 'error',
    message: (p) =>
      `renderConfig.react.${p.option} is ${JSON.stringify(p.value)}; expected one of ${p.allowed}`,
    hint: () => 'Start the codegen job again with a supported render configuration.',
  },
  InvalidOutputPath: {
    severity: 'error',
    message: (p) => `renderConfig.react.${p.option} ${JSON.stringify(p.value)} ${p.reason}`,
    hint: () =>
      'Give an import specifier relative to the component directory with forward slashes, e.g. "../API" or "../graphql/queries" (an empty string writes no file), and start the codegen job again.',
  },
  UnreachableTypesFile: {
    severity: 'error',
    message: (p) =>
      `renderConfig.react.${p.option} ${JSON.stringify(p.value)} cannot import the types file ${JSON.stringify(p.typesFile)}: the import would climb through a directory above the component directory, whose name is not known`,
    hint: () =>
      'Put the statements files and the types file on paths that do not climb above each other, e.g. "../graphql/queries" and "../API".',
  },
  InternalError: {
    severity: 'error',
    message: (p) => `uibuilder-codegen failed to read this schema: ${p.detail}`,
    hint: () => 'This is a bug in uibuilder-codegen; please report it with the job file.',
  },
};
