/**
 * What an option's value may be: the validators of the option table (option-table.ts). The
 * config file, `generate()`, the plugin and the CLI's flags all check a value with the same rule,
 * so they refuse the same values with the same message.
 */
export interface OptionRule<T = unknown> {
  /** How the message says what was expected: `a string`, `a whole number from 1 to 99`. */
  readonly expected: string;
  readonly test: (value: unknown) => value is T;
  /**
   * Reads a flag's text as the value, for rules whose values are not strings (numbers); the
   * result is then checked with `test`.
   */
  readonly fromText?: (text: string) => unknown;
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isObject = (value: unknown): value is object =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Any value: a key that is passed through (an AWS client object). */
export const anything: OptionRule = { expected: 'anything', test: (_v): _v is unknown => true };

export const nonEmptyString: OptionRule<string> = {
  expected: 'a non-empty string',
  test: (v): v is string => isString(v) && v.length > 0,
};

export const boolean: OptionRule<boolean> = {
  expected: 'a boolean',
  test: (v): v is boolean => typeof v === 'boolean',
};

/** A whole number within a range; a flag's text must be digits only. */
export function wholeNumber(min: number, max: number): OptionRule<number> {
  return {
    expected: `a whole number from ${min} to ${max}`,
    test: (v): v is number => Number.isInteger(v) && (v as number) >= min && (v as number) <= max,
    fromText: (text) => (/^\d+$/.test(text) ? Number(text) : Number.NaN),
  };
}

/** One of a few strings. */
export function oneOf<T extends string>(values: readonly T[]): OptionRule<T> {
  return {
    expected: `one of ${values.map((v) => JSON.stringify(v)).join(', ')}`,
    test: (v): v is T => values.includes(v as T),
  };
}

/** A non-empty string, or an object whose keys a nested table checks. */
export function pathOrObject<T>(): OptionRule<string | T> {
  return {
    expected: 'a path or an object',
    test: (v): v is string | T => (isString(v) && v.length > 0) || isObject(v),
  };
}

/** An object (a job source; its keys are checked by the nested table). */
export function object<T>(): OptionRule<T> {
  return { expected: 'an object', test: (v): v is T => isObject(v) };
}

/** A config file: a path, or whether to search for one. */
export const pathOrBoolean: OptionRule<string | boolean> = {
  expected: 'a path or a boolean',
  test: (v): v is string | boolean => isString(v) || typeof v === 'boolean',
};

/** Whatever `test` accepts, described as `expected`. */
export function instance<T>(expected: string, test: (v: unknown) => boolean): OptionRule<T> {
  return { expected, test: (v): v is T => test(v) };
}

/** A value, shown briefly in a message: `"bogus"`, `42`, `an array`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.slice(0, 40));
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === undefined) return 'undefined';
  if (typeof value === 'object') return describeObject(value);
  return `a ${typeof value}`;
}

/** `an object with keys info, warn, error`: what a user compares with what was expected. */
function describeObject(value: object): string {
  const keys = Object.keys(value);
  if (keys.length === 0) return 'an empty object';
  const shown = keys.slice(0, 6).map((key) => JSON.stringify(key).slice(1, -1).slice(0, 30));
  return `an object with keys ${shown.join(', ')}${keys.length > 6 ? ', …' : ''}`;
}
