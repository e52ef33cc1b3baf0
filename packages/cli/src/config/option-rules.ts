/**
 * What each option's value may be, shared by the config file (`validateConfig`) and `generate()`
 * (`validateGenerateOptions`), so both refuse the same values with the same `UsageError`.
 */
export interface OptionRule {
  /** How the message says what was expected: `a string`, `a whole number from 1 to 99`. */
  readonly expected: string;
  readonly test: (value: unknown) => boolean;
}

const isString = (value: unknown): value is string => typeof value === 'string';
const nonEmptyString: OptionRule = {
  expected: 'a non-empty string',
  test: (v) => isString(v) && v.length > 0,
};
const boolean: OptionRule = { expected: 'a boolean', test: (v) => typeof v === 'boolean' };
const wholeNumber = (min: number, max: number): OptionRule => ({
  expected: `a whole number from ${min} to ${max}`,
  test: (v) => Number.isInteger(v) && (v as number) >= min && (v as number) <= max,
});

const pathOrObject: OptionRule = {
  expected: 'a path or an object',
  test: (v) =>
    (isString(v) && v.length > 0) || (typeof v === 'object' && v !== null && !Array.isArray(v)),
};

/** The rules of the options a config file may set (its keys are exactly these and `job`). */
export const CONFIG_OPTION_RULES: Readonly<Record<string, OptionRule>> = {
  outDir: nonEmptyString,
  root: nonEmptyString,
  maxDepth: wholeNumber(1, 99),
  typename: boolean,
  pruneCycles: boolean,
  appSyncSchemaPath: nonEmptyString,
  format: boolean,
  waitSeconds: wholeNumber(1, 86_400),
  requestTimeout: wholeNumber(1, 86_400),
  components: boolean,
  strictSchema: boolean,
  // Checked in detail by validateSchemaSource (validate-config.ts).
  apiSchema: pathOrObject,
  modelSchema: pathOrObject,
};

/** The rules of `generate()`'s other options. */
export const API_OPTION_RULES: Readonly<Record<string, OptionRule>> = {
  ...CONFIG_OPTION_RULES,
  config: { expected: 'a path or a boolean', test: (v) => isString(v) || typeof v === 'boolean' },
  cwd: nonEmptyString,
  mode: {
    expected: 'one of "write", "check", "dry-run"',
    test: (v) => v === 'write' || v === 'check' || v === 'dry-run',
  },
  force: boolean,
  includeContents: boolean,
  lockTimeoutSeconds: wholeNumber(0, 86_400),
  logger: {
    expected: 'an object with info, warn and debug functions',
    test: (v) =>
      typeof v === 'object' &&
      v !== null &&
      ['info', 'warn', 'debug'].every(
        (k) => typeof (v as Record<string, unknown>)[k] === 'function',
      ),
  },
  signal: { expected: 'an AbortSignal', test: (v) => v instanceof AbortSignal },
};

/** The rules of a job source's keys; `file` or `appId`/`environmentName`/`id` name the job. */
export const JOB_RULES: Readonly<Record<string, OptionRule>> = {
  file: nonEmptyString,
  appId: nonEmptyString,
  environmentName: nonEmptyString,
  id: nonEmptyString,
  region: nonEmptyString,
  profile: nonEmptyString,
  endpoint: nonEmptyString,
};

/** A value, shown briefly in a message: `"bogus"`, `42`, `an array`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.slice(0, 40));
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return `a ${typeof value}`;
}
