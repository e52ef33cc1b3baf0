import type { ApiSchemaSource, JobSource, ModelSchemaSource } from '../api/options.js';
import type { CheckSite, OptionContext } from './option-definition.js';
import { invalidOption, invalidValue, unknownKey } from './option-errors.js';
import { anything, instance, nonEmptyString, type OptionRule } from './option-rules.js';

/** One key of an option whose value is an object (`job.file`, `apiSchema.region`). */
interface FieldDefinition {
  readonly rule: OptionRule;
  /** Where it may be given; a client object or a job value cannot live in a config file. */
  readonly contexts: readonly OptionContext[];
}

const everywhere: readonly OptionContext[] = ['config', 'api', 'plugin'];
const inCode: readonly OptionContext[] = ['api', 'plugin'];
const text: FieldDefinition = { rule: nonEmptyString, contexts: everywhere };
const client: FieldDefinition = { rule: anything, contexts: inCode };
const aws = { region: text, profile: text, endpoint: text };

/** The keys of `job`: `file`, or `appId`/`environmentName`/`id` with AWS settings, or `value`. */
const JOB_FIELDS: Readonly<Record<string, FieldDefinition>> = {
  file: text,
  appId: text,
  environmentName: text,
  id: text,
  ...aws,
  client,
  value: {
    rule: instance('a job object', (v) => typeof v === 'object' && v !== null && !Array.isArray(v)),
    contexts: inCode,
  },
};

/** The keys of an `apiSchema` object. */
const API_SCHEMA_FIELDS: Readonly<Record<string, FieldDefinition>> = {
  appSyncApiId: text,
  ...aws,
  client,
};

/** The keys of a `modelSchema` object. */
const MODEL_SCHEMA_FIELDS: Readonly<Record<string, FieldDefinition>> = {
  apiName: text,
  ...aws,
};

/** The keys of `fields` that may be given in `context`. */
function fieldsIn(
  fields: Readonly<Record<string, FieldDefinition>>,
  context: OptionContext,
): string[] {
  return Object.keys(fields).filter((key) => fields[key]?.contexts.includes(context));
}

/** Each key of `value` known in the context, and each value by its rule, with its key path. */
function checkFields(
  name: string,
  value: object,
  fields: Readonly<Record<string, FieldDefinition>>,
  where: CheckSite,
): void {
  const known = fieldsIn(fields, where.context);
  for (const [key, item] of Object.entries(value)) {
    const field = known.includes(key) ? fields[key] : undefined;
    if (field === undefined) throw unknownKey(`${name}.${key}`, known, where.source);
    if (item !== undefined && !field.rule.test(item)) {
      throw invalidValue(where.source, `${name}.${key}`, field.rule.expected, item);
    }
  }
}

const JOB_HINT = 'Use { file: "job.json" } or { appId, environmentName, id }.';

/** `job`: known keys, string values, one complete way of naming the job. */
export function checkJobSource(job: JobSource, where: CheckSite): void {
  const { source } = where;
  checkFields('job', job, JOB_FIELDS, where);
  const named = ['file' in job, 'appId' in job, 'value' in job];
  if (named.filter(Boolean).length !== 1) {
    throw invalidOption(source, '"job" must name exactly one job source', JOB_HINT);
  }
  if ('value' in job && job.value !== undefined) return;
  if ('appId' in job) {
    const entries = job as Record<string, unknown>;
    const missing = ['environmentName', 'id'].filter((k) => entries[k] === undefined);
    if (missing.length > 0) {
      throw invalidOption(
        source,
        `"job" names an app but not its ${missing.join(' and ')}`,
        'Give appId, environmentName and id together.',
      );
    }
  }
}

/** `apiSchema` as an object: `{ appSyncApiId, region?, profile?, endpoint? }`. */
export function checkApiSchema(value: ApiSchemaSource, where: CheckSite): void {
  checkSchemaObject('apiSchema', 'appSyncApiId', value, API_SCHEMA_FIELDS, where);
}

/** `modelSchema` as an object: `{ apiName, region?, profile?, endpoint? }`. */
export function checkModelSchema(value: ModelSchemaSource, where: CheckSite): void {
  checkSchemaObject('modelSchema', 'apiName', value, MODEL_SCHEMA_FIELDS, where);
}

function checkSchemaObject(
  name: string,
  id: string,
  value: string | object,
  fields: Readonly<Record<string, FieldDefinition>>,
  where: CheckSite,
): void {
  if (typeof value === 'string') return;
  checkFields(name, value, fields, where);
  if (!(id in value)) {
    throw invalidOption(
      where.source,
      `"${name}" needs "${id}"`,
      `Give "${id}", or a path instead of an object.`,
    );
  }
}
