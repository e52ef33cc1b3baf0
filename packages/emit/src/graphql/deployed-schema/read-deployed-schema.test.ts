import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SchemaError } from '@uibuilder-codegen/core';
import { buildASTSchema, introspectionFromSchema, print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { readDeployedSchema } from './read-deployed-schema.js';

const sdl = readFileSync(
  fileURLToPath(
    new URL('../../../../../fixtures/custom-operations/appsync.graphql', import.meta.url),
  ),
  'utf8',
);
const fromSdl = readDeployedSchema({ sdl, source: 'appsync.graphql' });
const introspection = introspectionFromSchema(buildASTSchema(fromSdl.document));

function typeNames(document: ReturnType<typeof readDeployedSchema>['document']): string[] {
  return document.definitions.flatMap((d) => ('name' in d && d.name ? [d.name.value] : [])).sort();
}

function thrown(run: () => unknown): SchemaError {
  try {
    run();
  } catch (error) {
    if (error instanceof SchemaError) return error;
    throw error;
  }
  throw new Error('expected a SchemaError');
}

describe('readDeployedSchema', () => {
  it("declares AppSync's scalars and @aws_subscribe, which the deployed SDL leaves out", () => {
    expect(sdl).not.toContain('scalar AWSDateTime');
    const names = typeNames(fromSdl.document);
    expect(names).toContain('AWSDateTime');
    expect(names).toContain('aws_subscribe');
    expect(() => buildASTSchema(fromSdl.document)).not.toThrow();
  });

  it('does not declare a scalar twice when the SDL has it', () => {
    const schema = readDeployedSchema({
      sdl: `scalar AWSJSON\ntype Query { a: AWSJSON }`,
      source: 's',
    });
    expect(typeNames(schema.document).filter((n) => n === 'AWSJSON')).toHaveLength(1);
  });

  it.each([
    ['{ data: { __schema } }', { data: introspection }],
    ['{ __schema }', introspection],
    ['the bare __schema', introspection.__schema],
  ])('reads introspection JSON as %s, giving the same types and root fields', (_, value) => {
    const schema = readDeployedSchema({ introspection: value, source: 'schema.json' });
    expect(typeNames(schema.document)).toEqual(typeNames(fromSdl.document));
    const query = (d: typeof schema.document) =>
      print({
        ...d,
        definitions: d.definitions.filter((x) => 'name' in x && x.name?.value === 'Query'),
      });
    expect(query(schema.document)).toBe(query(fromSdl.document));
  });

  it('rejects SDL that does not parse with its line and column (exit 3)', () => {
    const error = thrown(() =>
      readDeployedSchema({
        sdl: 'type Query {\n  a: String\n  b(: Int\n}\n',
        source: 'bad.graphql',
      }),
    );
    expect(error.exitCode).toBe(3);
    expect(error.message).toMatch(/^bad\.graphql:3:5: /);
    expect(error.diagnostics[0]?.code).toBe('UnreadableApiSchema');
  });

  it.each([
    ['JSON without __schema', { data: { other: 1 } }, /no "__schema"/],
    [
      'an introspection graphql-js cannot build',
      { __schema: { queryType: { name: 'Query' }, types: [] } },
      /^schema\.json: .*unknown type: Query/,
    ],
    ['an introspection without types', { __schema: { types: [] } }, /declares no types/],
  ])('rejects %s (exit 3)', (_, value, message) => {
    const error = thrown(() => readDeployedSchema({ introspection: value, source: 'schema.json' }));
    expect(error.exitCode).toBe(3);
    expect(error.message).toMatch(message);
  });
});
