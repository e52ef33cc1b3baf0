import { normalizeSchema } from '@uibuilder-codegen/transform';
import { print, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { printAppSyncSchema } from '../appsync-schema/build-appsync-schema.js';
import { buildAppSyncSchema } from '../test-support/appsync-graphql-schema.js';
import { recipesJob } from '../test-support/reference-schema.js';
import { emitFiles } from '../../emit-files.js';
import { operationDocuments } from '../test-support/documents.js';

/** X6 of APPSYNC-CONVENTIONS §5: a 48-character model name, whose subscriptions are cut to 50. */
const LONG = 'SeasonalIngredientSubstitutionSuggestionForVegan';

function longNameIR() {
  const { job } = recipesJob() as { job: Record<string, unknown> };
  const scalar = (dataType: string, required: boolean) => ({
    dataType,
    dataTypeValue: dataType,
    required,
    readOnly: false,
    isArray: false,
  });
  const fields = {
    id: scalar('ID', true),
    note: scalar('String', false),
    createdAt: { ...scalar('AWSDateTime', false), readOnly: true },
    updatedAt: { ...scalar('AWSDateTime', false), readOnly: true },
  };
  const genericDataSchema = {
    dataSourceType: 'DataStore',
    models: { [LONG]: { fields, primaryKeys: ['id'] } },
    nonModels: {},
    enums: {},
  };
  return normalizeSchema({ job: { ...job, genericDataSchema } }).ir;
}

describe('subscription names over 50 characters (§1.7)', () => {
  const ir = longNameIR();
  const schema = buildAppSyncSchema(ir);

  it('uses the IR’s cut names for fields, operations and exports, subscribed to the full mutation name', () => {
    expect(printAppSyncSchema(ir)).toContain(
      `onCreateSeasonalIngredientSubstitutionSuggest27e2d(filter: ModelSubscription${LONG}FilterInput): ${LONG} @aws_subscribe(mutations: ["create${LONG}"])`,
    );
    const options = { maxDepth: 2, typename: true, pruneCycles: false };
    const documents = operationDocuments(ir, options);
    for (const { document } of documents) expect(validate(schema, document)).toEqual([]);
    const onCreate = documents.find((d) => d.operation.fieldName.startsWith('onCreate'));
    expect(print(onCreate?.document ?? ({ kind: 'Document', definitions: [] } as never))).toMatch(
      /^subscription OnCreateSeasonalIngredientSubstitutionSuggest27e2d\(/,
    );
    const subscriptions = emitFiles(ir, options).files.find(
      (f) => f.path === '../graphql/subscriptions.ts',
    );
    // The assignment breaks after `=` when the first line is wider than 80 columns, as prettier does.
    expect(subscriptions?.contents).toMatch(
      /export const onCreateSeasonalIngredientSubstitutionSuggest27e2d =\s+\/\* GraphQL \*\//,
    );
  });
});
