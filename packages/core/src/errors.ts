import type { Diagnostic } from './diagnostics.js';

/**
 * The base of every error the library throws on purpose. `exitCode` is what the CLI exits with
 * (DESIGN.md §5); `hint` says what to do. The message never contains a stack trace or a secret.
 */
export class CodegenError extends Error {
  /** @default 1 */
  readonly exitCode: number;
  readonly hint: string | undefined;

  constructor(message: string, options: { exitCode: number; hint?: string; cause?: unknown }) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.exitCode = options.exitCode;
    this.hint = options.hint;
  }
}

/** Bad flags, options or configuration. Exit code 2. */
export class UsageError extends CodegenError {
  constructor(message: string, options: { hint?: string; cause?: unknown } = {}) {
    super(message, { ...options, exitCode: 2 });
  }
}

/** The job could not be read: a missing file, malformed JSON, not a job. Exit code 3. */
export class JobSourceError extends CodegenError {
  /** Where in the source the problem is (`job.json:3:14`), when known. */
  readonly location: string | undefined;

  constructor(
    message: string,
    options: { hint?: string; cause?: unknown; location?: string } = {},
  ) {
    super(message, { ...options, exitCode: 3 });
    this.location = options.location;
  }
}

/** The schema has errors; every diagnostic (errors and warnings) is attached. Exit code 3. */
export class SchemaError extends CodegenError {
  readonly diagnostics: readonly Diagnostic[];

  constructor(diagnostics: readonly Diagnostic[]) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    const first = errors[0];
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more error(s))` : '';
    super(first ? `${first.message}${more}` : 'The schema is invalid', {
      exitCode: 3,
      hint: first?.hint,
    });
    this.diagnostics = diagnostics;
  }
}

/** AWS, network or job-status trouble. Exit code 4. */
export class ServiceError extends CodegenError {
  /** The AWS error name (`ResourceNotFoundException`) or a local one (`Timeout`, `JobFailed`). */
  readonly errorName: string;
  /** The HTTP status, when there was a response. */
  readonly statusCode: number | undefined;

  constructor(
    message: string,
    options: { errorName: string; statusCode?: number; hint?: string; cause?: unknown },
  ) {
    super(message, { ...options, exitCode: 4 });
    this.errorName = options.errorName;
    this.statusCode = options.statusCode;
  }
}

/** Output refused or failed: a path outside the root, a hand-edited file, an I/O error. Exit code 5. */
export class OutputError extends CodegenError {
  /** The files concerned, relative to the root. */
  readonly files: readonly string[];

  constructor(
    message: string,
    options: { files?: readonly string[]; hint?: string; cause?: unknown } = {},
  ) {
    super(message, { ...options, exitCode: 5 });
    this.files = options.files ?? [];
  }
}
