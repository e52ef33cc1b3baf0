/**
 * The first pass: accepts `{"job": {...}}`, the bare job, or a bare `{ genericDataSchema }` object,
 * and reads every part of it with JSON-type checks. Diagnostic paths are JSON pointers relative to
 * the job object, so they start at `/genericDataSchema/...` whichever wrapper the input had.
 */
import { diagnostic } from '@uibuilder-codegen/core';
import type { Diagnostic } from '@uibuilder-codegen/core';
import type { DependencyIR, RenderIR, SchemaIR } from './ir.js';
import { describeValue, isRecord, own } from './json-values.js';
import type { JsonRecord } from './json-values.js';
import type { RawSchema } from './raw-schema.js';
import { readRenderConfig } from './read-render-config.js';
import { readGenericDataSchema } from './read-schema.js';

/** Everything read from the job, before the schema is given meaning. */
export interface ReadJobResult {
  readonly raw: RawSchema;
  readonly jobId: string;
  readonly render: RenderIR;
  readonly features: SchemaIR['features'];
  readonly dependencies: readonly DependencyIR[];
  readonly diagnostics: readonly Diagnostic[];
}

/** The job object inside the input: `input.job` when the input is the CLI's `{"job": ...}` wrapper. */
function unwrap(input: JsonRecord): JsonRecord {
  const inner = own(input, 'job');
  return isRecord(inner) && own(input, 'genericDataSchema') === undefined ? inner : input;
}

function readFeatures(value: unknown, diagnostics: Diagnostic[]): SchemaIR['features'] {
  if (value === undefined || value === null) return { relationships: true, nonModels: true };
  if (!isRecord(value)) {
    diagnostics.push(
      diagnostic('InvalidValue', '/features', {
        subject: 'features',
        expected: 'an object',
        actual: describeValue(value),
      }),
    );
    return { relationships: true, nonModels: true };
  }
  const flag = (key: string): boolean => {
    const v = own(value, key);
    if (v === undefined || v === null) return true;
    if (typeof v === 'boolean') return v;
    diagnostics.push(
      diagnostic('InvalidValue', `/features/${key}`, {
        subject: `features.${key}`,
        expected: 'a boolean',
        actual: describeValue(v),
      }),
    );
    return true;
  };
  return { relationships: flag('isRelationshipSupported'), nonModels: flag('isNonModelSupported') };
}

function readDependencies(value: unknown, diagnostics: Diagnostic[]): DependencyIR[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    diagnostics.push(
      diagnostic('InvalidValue', '/dependencies', {
        subject: 'dependencies',
        expected: 'a list',
        actual: describeValue(value),
      }),
    );
    return [];
  }
  const out: DependencyIR[] = [];
  value.forEach((entry: unknown, i) => {
    const path = `/dependencies/${i}`;
    const record = isRecord(entry) ? entry : {};
    const name = own(record, 'name');
    const supportedVersion = own(record, 'supportedVersion');
    if (typeof name !== 'string' || name === '' || typeof supportedVersion !== 'string') {
      diagnostics.push(
        diagnostic('InvalidValue', path, {
          subject: `dependencies[${i}]`,
          expected: 'an object with a name and a supportedVersion',
          actual: describeValue(entry),
        }),
      );
      return;
    }
    const isSemVer = own(record, 'isSemVer');
    const reason = own(record, 'reason');
    out.push({
      name,
      supportedVersion,
      isSemVer: isSemVer === true,
      reason: typeof reason === 'string' ? reason : '',
    });
  });
  return out;
}

/** Reads the input; never throws. */
export function readJob(input: unknown): ReadJobResult {
  const diagnostics: Diagnostic[] = [];
  const empty: RawSchema = { models: [], enums: [], nonModels: [] };
  if (!isRecord(input)) {
    diagnostics.push(diagnostic('InvalidInput', '', { actual: describeValue(input) }));
    return {
      raw: empty,
      jobId: 'unknown',
      render: readRenderConfig({ react: {} }, []),
      features: { relationships: true, nonModels: true },
      dependencies: [],
      diagnostics,
    };
  }
  const job = unwrap(input);
  const id = own(job, 'id');
  return {
    raw: readGenericDataSchema(own(job, 'genericDataSchema'), diagnostics),
    jobId: typeof id === 'string' && id !== '' ? id : 'unknown',
    render: readRenderConfig(own(job, 'renderConfig'), diagnostics),
    features: readFeatures(own(job, 'features'), diagnostics),
    dependencies: readDependencies(own(job, 'dependencies'), diagnostics),
    diagnostics,
  };
}
