import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ModelSchemaFacts } from '@uibuilder-codegen/core';
import { normalizeSchema } from '@uibuilder-codegen/transform';
import { describe, expect, it } from 'vitest';
import { DEFAULT_EMIT_OPTIONS } from '../../emit-defaults.js';
import { emitFiles } from '../../emit-files.js';
import { readDeployedSchema } from '../deployed-schema/read-deployed-schema.js';
import { schemaDifferences } from '../deployed-schema/schema-differences.js';
import { buildAppSyncSchema } from '../test-support/appsync-graphql-schema.js';
import { recipesJob } from '../test-support/reference-schema.js';

const RECIPES = fileURLToPath(new URL('../../../../../fixtures/recipes/', import.meta.url));
const RECIPES_APPSYNC = `${RECIPES}appsync.graphql`;

/**
 * What `--model-schema fixtures/recipes/model.graphql` tells about the lists the filters read:
 * `Recipe.cuisines: [Cuisine!]!` and `Ingredient.allergens: [String!]!` are non-null lists,
 * `Chef.specialties: [Cuisine]` a nullable one. Models left out keep what the job implies.
 */
const LISTS: ModelSchemaFacts = {
  source: 'fixtures/recipes/model.graphql',
  models: {
    Recipe: { indexes: [], listNullable: { cuisines: false, tags: true } },
    Ingredient: { indexes: [], listNullable: { allergens: false } },
    Chef: { indexes: [], listNullable: { specialties: true } },
  },
};

function filterInputField(type: string, field: string): string {
  const { ir } = normalizeSchema(recipesJob(), { modelSchema: LISTS });
  const input = buildAppSyncSchema(ir).getType(type);
  if (input === undefined || !('getFields' in input)) throw new Error(`${type} is not built`);
  return String(input.getFields()[field]?.type);
}

/** The members of `export type <type> = { … }`, spacing and separators normalised. */
function memberTypes(source: string, type: string): string[] {
  const start = source.indexOf(`export type ${type} = {`);
  const body = source.slice(source.indexOf('{', start) + 1, source.indexOf('\n}', start));
  return body
    .split('\n')
    .map((line) =>
      line
        .trim()
        .replace(/[,;]$/, '')
        .replace(/\s+/g, ' ')
        .replace(/< | >/g, (m) => m.trim()),
    )
    .filter((line) => line !== '');
}

describe('enum list filters (APPSYNC-CONVENTIONS §1.9)', () => {
  it('filter a non-null enum list as the enum, as the transformer does', () => {
    expect(filterInputField('ModelRecipeFilterInput', 'cuisines')).toBe('ModelCuisineInput');
    expect(filterInputField('ModelRecipeConditionInput', 'cuisines')).toBe('ModelCuisineInput');
  });

  it('filter a nullable enum list as the list', () => {
    expect(filterInputField('ModelChefFilterInput', 'specialties')).toBe('ModelCuisineListInput');
  });

  it("name the filter's input in the types file as AWS's API.ts does", () => {
    const { ir } = normalizeSchema(recipesJob(), { modelSchema: LISTS });
    const { files } = emitFiles(ir, DEFAULT_EMIT_OPTIONS);
    const ours = files.find((f) => f.path === '../API.ts')?.contents ?? '';
    const aws = readFileSync(`${RECIPES}aws-statements/API.ts`, 'utf8');
    for (const type of [
      'ModelRecipeFilterInput',
      'ModelRecipeConditionInput',
      'ModelChefFilterInput',
    ])
      expect(memberTypes(ours, type), type).toEqual(memberTypes(aws, type));
    expect(memberTypes(ours, 'ModelRecipeFilterInput')).toContain(
      'cuisines?: ModelCuisineInput | null',
    );
  });

  it('leave no difference from the deployed recipes schema once the lists are known', () => {
    const { ir } = normalizeSchema(recipesJob(), { modelSchema: LISTS });
    const deployed = readDeployedSchema({
      sdl: readFileSync(RECIPES_APPSYNC, 'utf8'),
      source: 'fixtures/recipes/appsync.graphql',
    });
    expect(schemaDifferences(ir, deployed)).toEqual([]);
  });
});
