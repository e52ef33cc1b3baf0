import { inspect } from 'node:util';
import { fileURLToPath } from 'node:url';
import type { CodegenJob } from '@uibuilder-codegen/core';
import type { LocalServer } from '../src/local-server/index.js';

/** Fake credentials: none of these strings may ever appear in an error we produce. */
export const FAKE_ACCESS_KEY_ID = 'AKIDEXAMPLE';
export const FAKE_SECRET_ACCESS_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
export const FAKE_SESSION_TOKEN =
  'FwoGZXIvYXdzEFAKESESSIONTOKENvalue0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJ';
export const FAKE_SECRETS = [
  FAKE_ACCESS_KEY_ID,
  FAKE_SECRET_ACCESS_KEY,
  FAKE_SESSION_TOKEN,
] as const;

/** The real blog example job, `{"job": {...}}`. */
export const BLOG_JOB_FILE = fileURLToPath(
  new URL('../../../examples/blog/codegen-job.json', import.meta.url),
);

/** Connection options for the real SDK client against a local server: no retries unless asked. */
export function localAws(
  server: LocalServer,
  extra: {
    maxAttempts?: number;
    requestTimeoutMs?: number;
    maxResponseBytes?: number;
    maxPages?: number;
  } = {},
) {
  return {
    region: 'us-east-1',
    endpoint: server.url,
    credentials: {
      accessKeyId: FAKE_ACCESS_KEY_ID,
      secretAccessKey: FAKE_SECRET_ACCESS_KEY,
      sessionToken: FAKE_SESSION_TOKEN,
    },
    ...extra,
    maxAttempts: extra.maxAttempts ?? 1,
  };
}

/** A small job; `overrides` replace top-level keys. */
export function sampleJob(overrides: Partial<CodegenJob> = {}): CodegenJob {
  return {
    id: 'job-1',
    appId: 'app1',
    environmentName: 'dev',
    status: 'succeeded',
    autoGenerateForms: false,
    createdAt: '2024-05-01T12:00:00.000Z',
    modifiedAt: '2024-05-01T12:05:00.000Z',
    renderConfig: {
      react: {
        module: 'es2020',
        target: 'es2020',
        script: 'tsx',
        renderTypeDeclarations: false,
        apiConfiguration: {
          graphQLConfig: { typesFilePath: '../API', queriesFilePath: '../graphql/queries' },
        },
      },
    },
    genericDataSchema: {
      dataSourceType: 'DataStore',
      models: {
        Post: {
          primaryKeys: ['id'],
          fields: {
            id: {
              dataType: 'ID',
              dataTypeValue: 'ID',
              required: true,
              readOnly: false,
              isArray: false,
            },
            title: {
              dataType: 'String',
              dataTypeValue: 'String',
              required: true,
              readOnly: false,
              isArray: false,
            },
          },
        },
      },
      enums: {},
      nonModels: {},
    },
    features: { isRelationshipSupported: true, isNonModelSupported: true },
    ...overrides,
  };
}

/** Awaits a promise that must reject and returns what it rejected with. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject, but it resolved');
}

/** Everything a user could see of an error: message, hint, cause, and its inspected and JSON forms. */
export function visibleText(error: unknown): string {
  const record = error as { message?: unknown; hint?: unknown; cause?: unknown };
  return [
    String(error),
    String(record.message),
    String(record.hint),
    String(record.cause),
    inspect(error, { depth: 10, showHidden: true }),
    JSON.stringify(error),
  ].join('\n');
}
