/**
 * `@uibuilder-codegen/fetch`: gets an Amplify UI Builder codegen job from AWS, a file, standard
 * input or code, as plain data, and fails with typed errors (`ServiceError` exit 4,
 * `JobSourceError` exit 3, `UsageError` exit 2). The local AmplifyUIBuilder server for tests is
 * the subpath `@uibuilder-codegen/fetch/local-server`.
 */
export { fetchCodegenJob } from './fetch-codegen-job.js';
export type { FetchCodegenJobOptions } from './fetch-codegen-job.js';
export { listCodegenJobs } from './list-codegen-jobs.js';
export type { ListCodegenJobsOptions, CodegenJobListEntry } from './list-codegen-jobs.js';
export { startCodegenJob } from './start-codegen-job.js';
export type { StartCodegenJobOptions, CodegenJobSpec } from './start-codegen-job.js';
export type { AwsConnectionOptions, AwsCredentials } from './aws-options.js';
export { AWS_DEFAULTS } from './aws-options.js';
export type { WaitOptions, WaitProgress } from './wait-options.js';
export { WAIT_DEFAULTS } from './wait-options.js';
export { readJobFile } from './read-job-file.js';
export type { ReadJobFileOptions } from './read-job-file.js';
export { parseJobText } from './parse-job-text.js';
export { jobFromValue } from './job-from-value.js';
export { normalizeTimestamp } from './normalize-timestamp.js';
export { toServiceError } from './to-service-error.js';
export type { RequestContext } from './request-context.js';
export {
  redactSecrets,
  redactKnownSecrets,
  REDACTED,
  rememberSecrets,
  endpointSecrets,
} from './redact-secrets.js';
export {
  REQUEST_POLICY_DEFAULTS,
  requestPolicy,
  RequestLimitError,
  findRequestLimitError,
} from './request-policy.js';
export { requestLimitServiceError } from './explain-request-limit.js';
export type { RequestPolicy, RequestLimit } from './request-policy.js';
export { createPolicyHttpHandler } from './create-client.js';
export type { PolicyHttpHandler } from './policy-http-handler.js';
export {
  readBounded,
  InputTooLargeError,
  describeBytes,
  MAX_INPUT_BYTES,
  MAX_CONFIG_BYTES,
} from './read-bounded.js';
export { downloadAsset, DOWNLOAD_DEFAULTS } from './download-asset.js';
export type { DownloadAssetOptions } from './download-asset.js';
export { readApiSchemaFile } from './api-schema/read-api-schema-file.js';
export type { ApiSchemaInput } from './api-schema/api-schema-text.js';
export { fetchAppSyncSchema } from './appsync/fetch-appsync-schema.js';
export type { FetchAppSyncSchemaOptions } from './appsync/fetch-appsync-schema.js';
export { readModelSchemaFiles, fetchBackendModels } from './model-schema/model-schema-readers.js';
export type { FetchBackendModelsOptions } from './model-schema/fetch-backend-models.js';
