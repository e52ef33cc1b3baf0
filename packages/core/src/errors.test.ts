import { describe, expect, it } from 'vitest';
import { diagnostic } from './diagnostic-catalogue.js';
import {
  CodegenError,
  JobSourceError,
  OutputError,
  SchemaError,
  ServiceError,
  UsageError,
} from './errors.js';

describe('the error classes', () => {
  it('carry the exit code README "Exit codes" documents for them', () => {
    const errors = [
      new UsageError('u'),
      new JobSourceError('j'),
      new SchemaError([]),
      new ServiceError('s', { errorName: 'Timeout' }),
      new OutputError('o'),
    ];
    expect(errors.map((e) => [e.name, e.exitCode])).toEqual([
      ['UsageError', 2],
      ['JobSourceError', 3],
      ['SchemaError', 3],
      ['ServiceError', 4],
      ['OutputError', 5],
    ]);
    expect(errors.every((e) => e instanceof CodegenError)).toBe(true);
  });

  it('SchemaError says the first error, counts the others and ignores warnings', () => {
    const error = new SchemaError([
      diagnostic('ShallowMaxDepth', '/genericDataSchema/models', { maxDepth: 1 }),
      diagnostic('EmptyEnum', '/genericDataSchema/enums/Kind', { name: 'Kind' }),
      diagnostic('EmptySchema', '/genericDataSchema', {}),
    ]);
    expect(error.message).toBe('Enum Kind has no values (and 1 more error(s))');
    expect(error.hint).toBe('GraphQL enums need at least one value; add one or remove the enum.');
    expect(error.diagnostics).toHaveLength(3);
  });
});
