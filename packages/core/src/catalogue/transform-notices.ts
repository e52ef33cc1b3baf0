/**
 * The warnings and infos of the transform: what it assumed, added or left out of a job that it
 * could still read.
 */
import type { CatalogueEntries } from './catalogue-entry.js';
import { RENAME } from './transform-errors.js';

/** The payload each warning and info code takes. `owner` is `Model.field` (or `NonModel.field`). */
export interface TransformNoticePayloads {
  DanglingBelongsToField: { owner: string; related: string; name: string };
  InvalidRelationshipFieldName: { owner: string };
  ReservedWordField: { owner: string };
  ImplicitId: { model: string };
  ImplicitForeignKey: { owner: string; type: string; relation: string };
  JoinForeignKeyTyped: { owner: string; type: string };
  DefaultPrimaryKey: { model: string };
  DefaultApiConfiguration: Record<string, never>;
  FieldDroppedByFeature: { owner: string; flag: string };
  AssumedNames: { indexQueries: readonly string[]; modelCount: number; operationCount: number };
  ThenableModule: { kind: string; name: string };
  UncertainTimestamp: { owner: string };
  NonModelDroppedByFeature: { name: string };
  /** `source` names the model SDL (a path, or `aws:<apiName>`). */
  ModelMissingFromModelSchema: { model: string; source: string };
  /** `jobKey` and `sdlKey` are the key fields, comma-separated. */
  PrimaryKeyDisagreesWithModelSchema: {
    model: string;
    jobKey: string;
    sdlKey: string;
    source: string;
  };
}

/** How many assumed index queries the AssumedNames message names; `inspect` lists them all. */
const LISTED_NAMES = 20;

/** The entries of {@link TransformNoticePayloads}. */
export const TRANSFORM_NOTICES: CatalogueEntries<TransformNoticePayloads> = {
  DanglingBelongsToField: {
    severity: 'warning',
    message: (p) =>
      `${p.owner} names belongsTo field ${JSON.stringify(p.name)} on ${p.related}, which has no such relationship field`,
    hint: () =>
      'The relation is treated as unidirectional; correct belongsToFieldOnRelatedModel to pair it.',
  },
  InvalidRelationshipFieldName: {
    severity: 'warning',
    message: (p) =>
      `Relationship field ${p.owner} is not a valid GraphQL name; it is left out (its foreign keys stay)`,
    hint: () => `The deployed API cannot have this field. ${RENAME}`,
  },
  ReservedWordField: {
    severity: 'info',
    message: (p) =>
      `Field ${p.owner} is a JavaScript reserved word; generated code quotes or uses it only as a property`,
    hint: () => 'No action needed.',
  },
  ImplicitId: {
    severity: 'info',
    message: (p) =>
      `Model ${p.model} has the default key ["id"] but no id field; the API's id: ID! is added`,
    hint: () => 'No action needed: the Amplify transformer adds this field.',
  },
  ImplicitForeignKey: {
    severity: 'info',
    message: (p) =>
      `${p.owner} is an implicit foreign key of ${p.relation}; it is added as ${p.type}`,
    hint: () => 'No action needed: the Amplify transformer adds this field.',
  },
  JoinForeignKeyTyped: {
    severity: 'info',
    message: (p) => `Join-model foreign key ${p.owner} is typed ${p.type} after the key it holds`,
    hint: () =>
      'No action needed: jobs type join foreign keys as optional IDs; the API uses the related key type, non-null.',
  },
  DefaultPrimaryKey: {
    severity: 'info',
    message: (p) => `Model ${p.model} has no primaryKeys; the default ["id"] is used`,
    hint: () => 'No action needed.',
  },
  DefaultApiConfiguration: {
    severity: 'info',
    message: () =>
      'The render config has no apiConfiguration; DataStore is assumed, as AWS codegen-ui does',
    hint: () =>
      'Start the codegen job with apiConfiguration.graphQLConfig to generate GraphQL operations.',
  },
  FieldDroppedByFeature: {
    severity: 'info',
    message: (p) => `Field ${p.owner} is left out because features.${p.flag} is false`,
    hint: () => 'No action needed.',
  },
  AssumedNames: {
    severity: 'warning',
    message: (p) => {
      const shown = p.indexQueries.slice(0, LISTED_NAMES).join(', ');
      const more =
        p.indexQueries.length > LISTED_NAMES
          ? ` and ${p.indexQueries.length - LISTED_NAMES} more`
          : '';
      const index =
        p.indexQueries.length === 0
          ? ''
          : `the index queries ${shown}${more} (an @index's sortKeyFields or queryField would rename them), and `;
      return `${p.indexQueries.length + p.operationCount} operation names rest on what the job cannot show: ${index}the default operations and timestamps of ${p.modelCount} model${p.modelCount === 1 ? '' : 's'} (an @model(queries:, mutations:, subscriptions:, timestamps:) argument would rename or remove them)`;
    },
    hint: () =>
      'Give the deployed AppSync schema (--api-schema <file>) to make every name exact; `uibuilder-codegen inspect` lists the names. A document using a name the API lacks fails with "Cannot query field".',
  },
  ThenableModule: {
    severity: 'warning',
    message: (p) =>
      `${p.kind} ${p.name} makes the DataStore models module export a function named then, so the module namespace is a thenable: \`await import("../models")\` calls then() and rejects`,
    hint: () =>
      'Import the models statically (import { ... } from "../models"), as generated components do; or rename the type in the data model and redeploy.',
  },
  UncertainTimestamp: {
    severity: 'info',
    message: (p) =>
      `${p.owner} is left out: beside a renamed timestamp, the job lists it whether @model(timestamps: ...) kept it or disabled it, and selecting a field the API lacks would fail`,
    hint: () =>
      'If the API has it, give the deployed AppSync schema (--api-schema) to include it; otherwise no action is needed.',
  },
  NonModelDroppedByFeature: {
    severity: 'info',
    message: (p) => `Non-model ${p.name} is left out because features.isNonModelSupported is false`,
    hint: () => 'No action needed.',
  },
  ModelMissingFromModelSchema: {
    severity: 'warning',
    message: (p) => `The model SDL ${p.source} has no @model type ${p.model}`,
    hint: () => 'Give the model SDL of the API this job belongs to, or regenerate the job.',
  },
  PrimaryKeyDisagreesWithModelSchema: {
    severity: 'warning',
    message: (p) =>
      `${p.model}'s primary key is [${p.jobKey}] in the job but [${p.sdlKey}] in the model SDL ${p.source}`,
    hint: () =>
      'The job and the model SDL are from different versions of the API: regenerate the job, or give the matching SDL.',
  },
};
