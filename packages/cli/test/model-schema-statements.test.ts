import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_EMIT_OPTIONS, emitFiles } from '@uibuilder-codegen/emit';
import { readModelSchemaFiles } from '@uibuilder-codegen/fetch';
import { normalizeSchema } from '@uibuilder-codegen/transform';
import { describe, expect, it } from 'vitest';
import { declaredMembers } from '../../emit/src/graphql/test-support/declared-members.js';
import {
  exportedDocuments,
  normalisedDocument,
  validationMessages,
} from '../../emit/src/graphql/test-support/deployed-cases.js';
import { repoRoot } from './cli-harness.js';

/**
 * The cases where the model SDL alone (no deployed schema) gives AWS's statements and types: the
 * `@model` arguments rename and remove operations and timestamps, `@index` names the index
 * queries, list nullability types the lists, `@auth` owner rules add the owner field, filters and
 * subscription arguments. Not yet: `custom-operations` and `real/non-model-holds-model` (the SDL's
 * custom queries are not read), `real/references-docs` (an undeclared `id` comes after the
 * declared fields); `--api-schema` gives them exactly.
 */
const CASES: readonly string[] = [
  'recipes',
  'real/declared-implicit-fk',
  'real/gen1-docs',
  'real/index-sort-key',
  'real/js-globals',
  'real/model-arguments',
  'real/model-named-then',
  'real/owner-auth',
  'real/references-repro',
  'real/renamed-timestamps',
];

const KINDS = ['queries', 'mutations', 'subscriptions'] as const;

/**
 * Cases whose statements come in another order than AWS's: the auth transformer re-appends the
 * root fields it gives an auth directive, after those it gives none (`real/owner-auth`:
 * `deleteMemo`, which no rule allows, comes first in the deployed `Mutation`).
 */
const AUTH_ORDERED = new Set(['real/owner-auth']);

function exportOrder(name: string, documents: ReadonlyMap<string, string>): string[] {
  const names = [...documents.keys()];
  return AUTH_ORDERED.has(name) ? names.sort() : names;
}

function read(file: string): string {
  try {
    return readFileSync(path.join(repoRoot, 'fixtures', file), 'utf8');
  } catch {
    return ''; // a schema without subscriptions has no subscriptions file
  }
}

describe.each(CASES)('the model SDL alone, on %s', (name) => {
  it("gives AWS's statements and types, without assuming a name", async () => {
    const job: unknown = JSON.parse(read(`${name}/codegen-job.json`));
    const modelSchema = await readModelSchemaFiles(
      path.join(repoRoot, 'fixtures', name, 'model.graphql'),
    );
    const normalized = normalizeSchema(job, { modelSchema });
    expect(normalized.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    const { files } = emitFiles(normalized.ir, { ...DEFAULT_EMIT_OPTIONS, maxDepth: 3 });
    const deployed = read(`${name}/appsync.graphql`);
    for (const kind of KINDS) {
      const ours = exportedDocuments(
        files.find((f) => f.path === `../graphql/${kind}.ts`)?.contents ?? '',
      );
      const aws = exportedDocuments(read(`${name}/aws-statements/${kind}.ts`));
      expect(exportOrder(name, ours), kind).toEqual(exportOrder(name, aws));
      for (const [exportName, document] of aws) {
        const mine = ours.get(exportName) ?? '';
        expect(normalisedDocument(mine), exportName).toBe(normalisedDocument(document));
        expect(validationMessages(deployed, mine), exportName).toEqual([]);
      }
    }
    const types = declaredMembers(files.find((f) => f.path === '../API.ts')?.contents ?? '');
    const awsTypes = declaredMembers(read(`${name}/aws-statements/API.ts`));
    expect([...types.keys()].sort()).toEqual([...awsTypes.keys()].sort());
    for (const [typeName, members] of awsTypes)
      expect(types.get(typeName), typeName).toEqual(members);
  });
});
