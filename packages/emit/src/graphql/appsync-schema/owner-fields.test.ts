import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ModelSchemaFacts } from '@uibuilder-codegen/core';
import { normalizeSchema } from '@uibuilder-codegen/transform';
import { describe, expect, it } from 'vitest';
import { readDeployedSchema } from '../deployed-schema/read-deployed-schema.js';
import { schemaDifferences } from '../deployed-schema/schema-differences.js';
import { realCaseJob } from '../test-support/reference-schema.js';

const APPSYNC = fileURLToPath(
  new URL('../../../../../fixtures/real/owner-auth/appsync.graphql', import.meta.url),
);

/** The `@auth` rules of fixtures/real/owner-auth/model.graphql, as `--model-schema` reads them. */
const AUTH: ModelSchemaFacts = {
  source: 'fixtures/real/owner-auth/model.graphql',
  models: {
    Todo: { indexes: [], listNullable: {}, auth: [[{ allow: 'owner' }]] },
    Memo: {
      indexes: [],
      listNullable: {},
      auth: [
        [
          { allow: 'owner', ownerField: 'author', operations: ['create', 'read', 'update'] },
          { allow: 'public', operations: ['read'] },
        ],
      ],
    },
  },
};

describe('@auth owner rules in our AppSync schema (owner-fields.ts)', () => {
  const deployed = readDeployedSchema({
    sdl: readFileSync(APPSYNC, 'utf8'),
    source: 'fixtures/real/owner-auth/appsync.graphql',
  });

  it('add the owner field, its filters and subscription arguments as deployed', () => {
    const { ir } = normalizeSchema(realCaseJob('owner-auth'), { modelSchema: AUTH });
    expect(schemaDifferences(ir, deployed)).toEqual([]);
  });

  it('are unknown without the model SDL: the job has no @auth rules', () => {
    const { ir } = normalizeSchema(realCaseJob('owner-auth'));
    expect(schemaDifferences(ir, deployed).map((d) => d.location)).toContain('Todo.owner');
  });
});
