/**
 * The AppSync schema the Amplify transformer (v2) deploys for the IR's models (§1), as a
 * graphql-js document and schema. It reproduces the deployed API's quirks (§1.2, §1.9) so that it
 * can be compared with a real deployment; the one deliberate difference is list nullability, which
 * the job does not record (§1.16: lists are nullable here).
 */
import type { SchemaIR } from '@uibuilder-codegen/transform';
import { Kind, parse, print } from '../graphql-language.js';
import type { DefinitionNode, DocumentNode } from 'graphql';
import {
  createInput,
  deleteInput,
  nonModelInput,
  nonModelsWithInputs,
  updateInput,
} from './mutation-inputs.js';
import { modelConnectionType, modelObjectType, nonModelObjectType } from './model-object-types.js';
import {
  modelConditionInput,
  modelFilterInput,
  modelSubscriptionFilterInput,
} from './filter-inputs.js';
import { modelTypeUses } from './model-type-uses.js';
import { rootTypes } from './root-types.js';
import { createSchemaNeeds } from './schema-needs.js';
import {
  enumFilterDefinitions,
  keyConditionDefinitions,
  sharedDefinitions,
} from './shared-inputs.js';
import { enumType, withSharedTypeNodes } from './sdl-nodes.js';
import { apiSchemaFromDocument } from '../api-schema/api-schema.js';
import type { ApiSchema } from '../api-schema/api-schema.js';

/** The AWS scalars and the `@aws_subscribe` directive, which AppSync provides and the SDL omits. */
export const APPSYNC_PRELUDE = `scalar AWSDate
scalar AWSTime
scalar AWSDateTime
scalar AWSTimestamp
scalar AWSEmail
scalar AWSJSON
scalar AWSURL
scalar AWSPhone
scalar AWSIPAddress
directive @aws_subscribe(mutations: [String]) on FIELD_DEFINITION
`;

/**
 * Builds the schema document: the AppSync prelude, then AWS's order (§1.15): enums, non-models,
 * models, shared inputs, non-model inputs, per model its connection and inputs, the root types,
 * and the key-condition inputs last.
 */
export function buildAppSyncSchemaDocument(ir: SchemaIR): DocumentNode {
  return withSharedTypeNodes(() => buildDocument(ir));
}

function buildDocument(ir: SchemaIR): DocumentNode {
  const needs = createSchemaNeeds();
  const types: DefinitionNode[] = [
    ...ir.enums.map((e) => enumType(e.name, e.values)),
    ...ir.nonModels.map((n) => nonModelObjectType(ir, n)),
    ...ir.models.map((m) => modelObjectType(ir, m, needs)),
  ];
  const usesOf = modelTypeUses(ir);
  const perModel = ir.models.flatMap((model) => {
    const uses = usesOf(model);
    return [
      ...(uses.list ? [modelConnectionType(model), modelFilterInput(ir, model, needs)] : []),
      ...(uses.condition ? [modelConditionInput(ir, model, needs)] : []),
      ...(uses.create ? [createInput(ir, model)] : []),
      ...(uses.update ? [updateInput(ir, model)] : []),
      ...(uses.delete ? [deleteInput(ir, model)] : []),
      ...(uses.subscriptions ? [modelSubscriptionFilterInput(ir, model)] : []),
    ];
  });
  const roots = rootTypes(ir, needs);
  const definitions: DefinitionNode[] = [
    ...parse(APPSYNC_PRELUDE, { noLocation: true }).definitions,
    ...types,
    ...sharedDefinitions(),
    ...nonModelsWithInputs(ir).map((n) => nonModelInput(ir, n)),
    ...enumFilterDefinitions(needs),
    ...perModel,
    ...roots,
    ...keyConditionDefinitions(needs),
  ];
  return { kind: Kind.DOCUMENT, definitions };
}

/** The AppSync schema as the generators read it (see {@link ApiSchema}). */
export function buildApiSchema(ir: SchemaIR): ApiSchema {
  return apiSchemaFromDocument(buildAppSyncSchemaDocument(ir));
}

/** Prints the AppSync schema as SDL, the prelude and `@aws_subscribe` usages included. */
export function printAppSyncSchema(ir: SchemaIR): string {
  return print(buildAppSyncSchemaDocument(ir)) + '\n';
}
