/**
 * The job checked against the deployed API (issue 15): the API decides operations and types, so
 * a model of the job that the API lacks is an error (its operations cannot be generated), and a
 * non-model, enum or field that is missing or typed otherwise is a warning, since the job is
 * older or newer than the deployment. Relationship fields are checked for presence only: their
 * API types (connections) are not in the job.
 */
import type { EnumIR, FieldIR, SchemaIR } from '@uibuilder-codegen/transform';
import { diagnostic, type Diagnostic, type DiagnosticCode } from '@uibuilder-codegen/core';
import type { TypeNode } from 'graphql';
import { Kind } from '../graphql-language.js';
import { apiSchemaFromDocument } from '../api-schema/api-schema.js';
import type { ApiSchema, FieldsTypeNode } from '../api-schema/api-schema.js';
import type { DeployedApiSchema } from './deployed-api-schema.js';

/** The code of every disagreement warning (`--strict-schema` makes them errors). */
export const SCHEMA_DISAGREEMENT = 'JobDisagreesWithApiSchema' satisfies DiagnosticCode;

/** Compares `ir` with `schema`, read from `source` (a file name or an API id, for messages). */
export function compareWithJob(ir: SchemaIR, schema: ApiSchema, source: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const missingModels = ir.models.filter((m) => objectType(schema, m.name) === undefined);
  if (missingModels.length > 0) {
    diagnostics.push(
      diagnostic('ApiSchemaWithoutModels', '/genericDataSchema/models', {
        source,
        models: missingModels.map((m) => m.name),
      }),
    );
  }
  const warn = (path: string, message: string): void => {
    diagnostics.push(diagnostic(SCHEMA_DISAGREEMENT, path, { source, difference: message }));
  };
  for (const holder of [...ir.models, ...ir.nonModels]) {
    const type = objectType(schema, holder.name);
    if (type === undefined) {
      if (holder.kind === 'nonModel')
        warn(holder.path, `The deployed API has no type ${holder.name}`);
      continue;
    }
    for (const field of holder.fields) {
      const apiField = schema.field(type, field.name);
      if (apiField === undefined) {
        warn(field.path, `The deployed API has no field ${holder.name}.${field.name}`);
        continue;
      }
      if (field.relation !== undefined) continue;
      const expected = jobFieldType(field);
      const actual = typeText(apiField.definition.type);
      if (!sameType(expected, actual, field.isArray)) {
        warn(
          field.path,
          `${holder.name}.${field.name} is ${expected} in the job but ${actual} in the deployed API`,
        );
      }
    }
  }
  for (const jobEnum of ir.enums) compareEnum(schema, jobEnum, warn);
  return diagnostics;
}

function compareEnum(
  schema: ApiSchema,
  jobEnum: EnumIR,
  warn: (path: string, message: string) => void,
): void {
  const type = schema.type(jobEnum.name);
  if (type?.kind !== Kind.ENUM_TYPE_DEFINITION) {
    warn(jobEnum.path, `The deployed API has no enum ${jobEnum.name}`);
    return;
  }
  const values = new Set((type.values ?? []).map((v) => v.name.value));
  const missing = jobEnum.values.filter((v) => !values.has(v));
  if (missing.length > 0)
    warn(jobEnum.path, `The deployed enum ${jobEnum.name} has no value ${missing.join(', ')}`);
}

function objectType(schema: ApiSchema, name: string): FieldsTypeNode | undefined {
  const type = schema.type(name);
  return type?.kind === Kind.OBJECT_TYPE_DEFINITION ? type : undefined;
}

/** The field's GraphQL type as the job says it; a list's own nullability is not in the job. */
function jobFieldType(field: FieldIR): string {
  const named = field.type.name + (field.required ? '!' : '');
  return field.isArray ? `[${named}]` : named;
}

/** Whether the job's type agrees with the API's: for lists, the API may make the list non-null. */
function sameType(job: string, api: string, isArray: boolean): boolean {
  return job === api || (isArray && `${job}!` === api);
}

function typeText(type: TypeNode): string {
  switch (type.kind) {
    case Kind.NAMED_TYPE:
      return type.name.value;
    case Kind.LIST_TYPE:
      return `[${typeText(type.type)}]`;
    case Kind.NON_NULL_TYPE:
      return `${typeText(type.type)}!`;
  }
}

/** {@link compareWithJob} for a deployed schema as `readDeployedSchema` gives it. */
export function checkJobAgainstApi(ir: SchemaIR, deployed: DeployedApiSchema): Diagnostic[] {
  return compareWithJob(ir, apiSchemaFromDocument(deployed.document), deployed.source);
}
