/**
 * The AppSync schema the Amplify transformer (v2) deploys for the IR's models (§1), as a
 * graphql-js document and schema. It reproduces the deployed API's quirks (§1.2, §1.9) so that it
 * can be compared with a real deployment; the one deliberate difference is list nullability, which
 * the job does not record (§1.16: lists are nullable here).
 */
import type { SchemaIR } from '@uibuilder-codegen/transform';
import {
  buildASTSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  Kind,
  parse,
  print,
} from 'graphql';
import type { DefinitionNode, DocumentNode, GraphQLSchema } from 'graphql';
import { createInput, deleteInput, nonModelInput, updateInput } from './mutation-inputs.js';
import { modelConnectionType, modelObjectType, nonModelObjectType } from './model-object-types.js';
import {
  modelConditionInput,
  modelFilterInput,
  modelSubscriptionFilterInput,
} from './filter-inputs.js';
import { rootTypes } from './root-types.js';
import { createSchemaNeeds } from './schema-needs.js';
import {
  enumFilterDefinitions,
  keyConditionDefinitions,
  sharedDefinitions,
} from './shared-inputs.js';
import { enumType } from './sdl-nodes.js';

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
  const needs = createSchemaNeeds();
  const types: DefinitionNode[] = [
    ...ir.enums.map((e) => enumType(e.name, e.values)),
    ...ir.nonModels.map((n) => nonModelObjectType(ir, n)),
    ...ir.models.map((m) => modelObjectType(ir, m, needs)),
  ];
  const perModel = ir.models.flatMap((model) => [
    modelConnectionType(model),
    modelFilterInput(ir, model, needs),
    modelConditionInput(ir, model, needs),
    createInput(ir, model),
    updateInput(ir, model),
    deleteInput(ir, model),
    modelSubscriptionFilterInput(ir, model),
  ]);
  const roots = rootTypes(ir, needs);
  const definitions: DefinitionNode[] = [
    ...parse(APPSYNC_PRELUDE).definitions,
    ...types,
    ...sharedDefinitions(),
    ...ir.nonModels.map((n) => nonModelInput(ir, n)),
    ...enumFilterDefinitions(needs),
    ...perModel,
    ...roots,
    ...keyConditionDefinitions(needs),
  ];
  return { kind: Kind.DOCUMENT, definitions };
}

/**
 * Builds the AppSync schema as a graphql-js schema. The SDL rules are not re-checked here (they
 * cost as much as building the document, on thousands of models); the tests build every corpus
 * schema with them.
 */
export function buildAppSyncSchema(ir: SchemaIR): GraphQLSchema {
  return withoutAstNodes(buildASTSchema(buildAppSyncSchemaDocument(ir), { assumeValidSDL: true }));
}

/**
 * Drops the schema's links to the SDL document it was built from. Nothing reads them, and they keep
 * the whole document alive: for 5,000 models that is half the schema's memory (180 of 380 MB).
 */
function withoutAstNodes(schema: GraphQLSchema): GraphQLSchema {
  type Mutable = { astNode?: unknown; extensionASTNodes?: unknown };
  const drop = (node: object) => {
    (node as Mutable).astNode = undefined;
    if ('extensionASTNodes' in node) (node as Mutable).extensionASTNodes = [];
  };
  drop(schema);
  for (const type of Object.values(schema.getTypeMap())) {
    drop(type);
    if (isObjectType(type) || isInputObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        drop(field);
        for (const arg of 'args' in field ? field.args : []) drop(arg);
      }
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) drop(value);
    }
  }
  for (const directive of schema.getDirectives()) {
    drop(directive);
    for (const arg of directive.args) drop(arg);
  }
  return schema;
}

/** Prints the AppSync schema as SDL, the prelude and `@aws_subscribe` usages included. */
export function printAppSyncSchema(ir: SchemaIR): string {
  return print(buildAppSyncSchemaDocument(ir)) + '\n';
}
