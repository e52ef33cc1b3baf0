import { JobSourceError } from '@uibuilder-codegen/core';
import { describe, expect, it } from 'vitest';
import { sampleJob } from '../test/helpers.js';
import { jobFromValue } from './job-from-value.js';
import { parseJobText } from './parse-job-text.js';

function sourceError(run: () => unknown): JobSourceError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(JobSourceError);
    return error as JobSourceError;
  }
  throw new Error('expected a JobSourceError');
}

describe('parseJobText', () => {
  it('reads {"job": {...}} and the bare job alike', () => {
    const job = sampleJob();
    expect(parseJobText(JSON.stringify({ job }), 'a.json')).toStrictEqual(job);
    expect(parseJobText(JSON.stringify(job), 'b.json')).toStrictEqual(job);
  });

  it('ignores a byte-order mark', () => {
    expect(parseJobText(`\uFEFF${JSON.stringify({ id: 'x' })}`, 'bom.json')).toEqual({ id: 'x' });
  });

  it.each([
    [
      'a trailing comma',
      '{\n  "job": {\n    "id": "x",\n  }\n}',
      4,
      3,
      'expected a double-quoted property name',
    ],
    ['a bad literal', '{\n  "job": tru\n}', 2, 10, 'unexpected character'],
    ['a missing colon', '{"id" "x"}', 1, 7, "expected ':'"],
    ['an unterminated object', '{\n  "id": "x"', 2, 12, "expected '}'"],
    ['a comment', '// saved job\n{"id": "x"}', 1, 1, 'comments are not allowed'],
    ['an unterminated string', '{"id": "x', 1, 8, 'unterminated string'],
    ['content after the value', '{"id": "x"} {}', 1, 13, 'unexpected content'],
  ])('reports %s with line and column', (_name, text, line, column, problem) => {
    const error = sourceError(() => parseJobText(text, 'job.json'));
    expect(error.location).toBe(`job.json:${line}:${column}`);
    expect(error.message.startsWith(`job.json:${line}:${column}: invalid JSON: ${problem}`)).toBe(
      true,
    );
    expect(error.exitCode).toBe(3);
    expect(error.hint).toContain('line and column');
  });

  it('reports an empty file', () => {
    expect(sourceError(() => parseJobText('  \n', 'empty.json')).message).toBe(
      'empty.json is empty',
    );
  });

  it.each([
    ['an array', '[]', 'found an array'],
    ['a string', '"job"', 'found a string'],
    ['null', 'null', 'found null'],
    ['a number', '42', 'found a number'],
    ['a wrapped non-object', '{"job": [1]}', 'expected "job" to be an object, found an array'],
  ])('rejects %s', (_name, text, found) => {
    const error = sourceError(() => parseJobText(text, 'x.json'));
    expect(error.message).toContain('x.json is not a codegen job');
    expect(error.message).toContain(found);
  });
});

describe('timestamps', () => {
  it.each([
    ['an RFC 3339 string in UTC', '2024-05-01T12:00:00Z', '2024-05-01T12:00:00.000Z'],
    [
      'an RFC 3339 string with an offset',
      '2024-05-01T14:00:00.5+02:00',
      '2024-05-01T12:00:00.500Z',
    ],
    ['epoch seconds', 1714564800, '2024-05-01T12:00:00.000Z'],
    ['fractional epoch seconds', 1714564800.25, '2024-05-01T12:00:00.250Z'],
  ])('normalises %s', (_name, given, want) => {
    const job = jobFromValue({ createdAt: given, modifiedAt: given });
    expect(job.createdAt).toBe(want);
    expect(job.modifiedAt).toBe(want);
  });

  it.each([
    ['a date without time', '2024-05-01'],
    ['words', 'yesterday'],
    ['an object', {}],
    ['an impossible date', '2024-13-45T00:00:00Z'],
  ])('rejects %s', (_name, given) => {
    const error = sourceError(() => jobFromValue({ createdAt: given }, 'job.json'));
    expect(error.message).toContain('"createdAt" is not a timestamp');
    expect(error.location).toBe('job.json#/createdAt');
  });
});

describe('jobFromValue', () => {
  it('copies without modifying the value passed in', () => {
    const given = { job: { id: 'x', createdAt: 0, renderConfig: { vue: {} } } };
    const snapshot = structuredClone(given);
    jobFromValue(given);
    expect(given).toStrictEqual(snapshot);
  });

  it('wraps an unknown renderConfig member as the SDK does', () => {
    expect(jobFromValue({ renderConfig: { vue: { script: 'ts' } } }).renderConfig).toStrictEqual({
      $unknown: ['vue', { script: 'ts' }],
    });
  });

  it('wraps an unknown apiConfiguration member as the SDK does', () => {
    const job = jobFromValue({
      renderConfig: { react: { apiConfiguration: { restConfig: { url: 'x' } } } },
    });
    expect(job.renderConfig?.react?.apiConfiguration).toStrictEqual({
      $unknown: ['restConfig', { url: 'x' }],
    });
  });

  it('leaves known members, $unknown, and ambiguous unions as they are', () => {
    const known = { react: { apiConfiguration: { noApiConfig: {} } } };
    expect(jobFromValue({ renderConfig: known }).renderConfig).toStrictEqual(known);
    const already = { $unknown: ['vue', {}] };
    expect(jobFromValue({ renderConfig: already }).renderConfig).toStrictEqual(already);
    const two = { vue: {}, svelte: {} };
    expect(jobFromValue({ renderConfig: two }).renderConfig).toStrictEqual(two);
  });

  it('keeps __proto__ and constructor keys as data without touching prototypes', () => {
    const text =
      '{"genericDataSchema": {"models": {"__proto__": {"fields": {}}, "constructor": {"fields": {}}}}}';
    const job = parseJobText(text, 'evil.json');
    const models = job.genericDataSchema?.models ?? {};
    expect(Object.keys(models)).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(models)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['fields']).toBeUndefined();
  });
});
