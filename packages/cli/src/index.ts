export { generate } from './api/generate.js';
export type {
  GenerateOptions,
  GenerateMode,
  JobSource,
  Logger,
  FileResult,
  FileStatus,
} from './api/options.js';
export type { GenerateResult } from './api/result.js';
export { defineConfig } from './config/user-config.js';
export type { UserConfig } from './config/user-config.js';
export { runCli } from './commands/program.js';
export {
  CodegenError,
  UsageError,
  JobSourceError,
  SchemaError,
  ServiceError,
  OutputError,
} from '@uibuilder-codegen/core';
export type { Diagnostic, CodegenJob } from '@uibuilder-codegen/core';
export { normalizeSchema } from '@uibuilder-codegen/transform';
export type { SchemaIR } from '@uibuilder-codegen/transform';
export { emitFiles } from '@uibuilder-codegen/emit';
export type { GeneratedFile, EmitOptions } from '@uibuilder-codegen/emit';
