/**
 * The input: a codegen job as `GetCodegenJob` returns it (DESIGN.md §2). These types mirror the
 * AmplifyUIBuilder wire shape without depending on the AWS SDK, so that `transform` stays pure.
 * Everything is optional because real jobs (and hand-written job files) omit keys freely; the
 * transform checks every value it reads at run time.
 */

/** A scalar `dataType` name as the AmplifyUIBuilder API spells it. */
export type ScalarTypeName =
  | 'ID'
  | 'String'
  | 'Int'
  | 'Float'
  | 'Boolean'
  | 'AWSDate'
  | 'AWSTime'
  | 'AWSDateTime'
  | 'AWSTimestamp'
  | 'AWSEmail'
  | 'AWSURL'
  | 'AWSIPAddress'
  | 'AWSJSON'
  | 'AWSPhone';

/** Every scalar the API knows, in the API's order. */
export const SCALAR_TYPE_NAMES: readonly ScalarTypeName[] = [
  'ID',
  'String',
  'Int',
  'Float',
  'Boolean',
  'AWSDate',
  'AWSTime',
  'AWSDateTime',
  'AWSTimestamp',
  'AWSEmail',
  'AWSURL',
  'AWSIPAddress',
  'AWSJSON',
  'AWSPhone',
];

/** A field's `dataType`: a scalar, or a reference kind whose target is in `dataTypeValue`. */
export type CodegenDataType = ScalarTypeName | 'Enum' | 'Model' | 'NonModel';

/** `CodegenGenericDataRelationshipType` on the wire. */
export interface CodegenRelationship {
  type?: 'HAS_MANY' | 'HAS_ONE' | 'BELONGS_TO';
  relatedModelName?: string;
  relatedModelFields?: string[];
  canUnlinkAssociatedModel?: boolean;
  relatedJoinFieldName?: string;
  relatedJoinTableName?: string;
  belongsToFieldOnRelatedModel?: string;
  associatedFields?: string[];
  isHasManyIndex?: boolean;
}

/** `CodegenGenericDataField` on the wire. */
export interface CodegenField {
  dataType?: CodegenDataType;
  dataTypeValue?: string;
  required?: boolean;
  readOnly?: boolean;
  isArray?: boolean;
  relationship?: CodegenRelationship;
}

/** `CodegenGenericDataModel` on the wire. */
export interface CodegenModel {
  fields?: Record<string, CodegenField>;
  isJoinTable?: boolean;
  primaryKeys?: string[];
}

/** `CodegenGenericDataNonModel` on the wire. */
export interface CodegenNonModel {
  fields?: Record<string, CodegenField>;
}

/** `CodegenGenericDataEnum` on the wire. */
export interface CodegenEnum {
  values?: string[];
}

/** `CodegenJobGenericDataSchema` on the wire. */
export interface GenericDataSchema {
  dataSourceType?: 'DataStore' | string;
  models?: Record<string, CodegenModel>;
  enums?: Record<string, CodegenEnum>;
  nonModels?: Record<string, CodegenNonModel>;
}

/** `graphQLConfig`: import specifiers relative to the component directory; empty means "no file". */
export interface GraphQLRenderConfig {
  typesFilePath?: string;
  queriesFilePath?: string;
  subscriptionsFilePath?: string;
  mutationsFilePath?: string;
  fragmentsFilePath?: string;
}

/** The tagged union `ApiConfiguration`; unknown members arrive as `{ $unknown: [key, value] }`. */
export interface ApiConfiguration {
  graphQLConfig?: GraphQLRenderConfig;
  dataStoreConfig?: Record<string, never>;
  noApiConfig?: Record<string, never>;
  $unknown?: [string, unknown];
}

/** `ReactStartCodegenJobData`. */
export interface ReactRenderConfig {
  module?: 'es2020' | 'esnext' | string;
  target?: 'es2015' | 'es2020' | string;
  script?: 'jsx' | 'tsx' | 'js' | string;
  renderTypeDeclarations?: boolean;
  inlineSourceMap?: boolean;
  apiConfiguration?: ApiConfiguration;
  dependencies?: Record<string, string>;
}

/** The tagged union `CodegenJobRenderConfig`. */
export interface RenderConfig {
  react?: ReactRenderConfig;
  $unknown?: [string, unknown];
}

/** `CodegenFeatureFlags`. Missing flags mean "supported". */
export interface CodegenFeatureFlags {
  isRelationshipSupported?: boolean;
  isNonModelSupported?: boolean;
}

/** One entry of `job.dependencies`. */
export interface CodegenDependency {
  name?: string;
  supportedVersion?: string;
  isSemVer?: boolean;
  reason?: string;
}

/** The status a job reports. */
export type CodegenJobStatus = 'in_progress' | 'failed' | 'succeeded' | string;

/** A codegen job, as `GetCodegenJob` returns it in `output.job`. */
export interface CodegenJob {
  id?: string;
  appId?: string;
  environmentName?: string;
  renderConfig?: RenderConfig;
  genericDataSchema?: GenericDataSchema;
  autoGenerateForms?: boolean;
  features?: CodegenFeatureFlags;
  status?: CodegenJobStatus;
  statusMessage?: string;
  asset?: { downloadUrl?: string };
  tags?: Record<string, string>;
  /** RFC 3339 string, epoch seconds, or a `Date` (what the SDK returns). */
  createdAt?: string | number | Date;
  modifiedAt?: string | number | Date;
  dependencies?: CodegenDependency[];
}
