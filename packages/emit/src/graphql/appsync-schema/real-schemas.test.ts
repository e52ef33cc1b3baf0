import { normalizeSchema } from '@uibuilder-codegen/transform';
import { isInputObjectType, isObjectType } from 'graphql';
import type { GraphQLNamedType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildAppSyncSchema } from '../test-support/appsync-graphql-schema.js';
import { UNUSED_DEPLOYED_TYPES } from './shared-inputs.js';
import {
  realCaseAppSyncSchema,
  realCaseJob,
  realCaseNames,
} from '../test-support/reference-schema.js';

/**
 * Where our AppSync schema may differ from the one AWS's transformer deploys for fixtures/real,
 * and why. Everything else, type by type and field by field (name and type), is equal: read-only
 * fields are in no input and typed as the API types them, references add no key, and so on.
 */
const KNOWN_DIFFERENCES: Record<string, string[]> = {
  'declared-implicit-fk': [
    // `@index(name: "byParent")` on the key: the job does not record it.
    'Query: only deployed childrenByParentChildrenId: ModelChildConnection',
  ],
  'gen1-docs': [
    // `@index(queryField: "customerByRepresentative")` on a field that is no foreign key.
    'Query: only deployed customerByRepresentative: ModelCustomerConnection',
  ],
  'model-arguments': [
    // @model(queries:, mutations:, subscriptions:, timestamps:) renames and removes operations
    // and timestamps: the job shows none of it (the model SDL does, --model-schema).
    'Post: only deployed updatedAt: AWSDateTime!',
    'only ours ModelPostConnection',
    'only ours ModelPostFilterInput',
    'ModelPostConditionInput: only deployed updatedAt: ModelStringInput',
    'only ours ModelSubscriptionPostFilterInput',
    'only ours DeleteDraftInput',
    'only ours ModelNoteConnection',
    'only ours ModelNoteFilterInput',
    'Query: only ours getPost: Post, listPosts: ModelPostConnection, getNote: Note, listNotes: ModelNoteConnection',
    'Query: only deployed fetchPost: Post',
    'Mutation: only ours createDraft: Draft, updateDraft: Draft, deleteDraft: Draft',
    'Mutation: only deployed startDraft: Draft, editDraft: Draft',
    'Subscription: only ours onCreatePost: Post, onUpdatePost: Post, onDeletePost: Post, onDeleteDraft: Draft, onCreateNote: Note',
    'Subscription: only deployed noteAdded: Note',
  ],
  'non-model-holds-model': [
    // `required: [Shop!]!`: the job does not record list nullability (nor does the model SDL's
    // facts for non-models); documents validate either way.
    'SearchResult: only ours required: [Shop!]',
    'SearchResult: only deployed required: [Shop!]!',
    // The custom queries that return the non-models: the job has no custom operations
    // (--api-schema generates them, deployed-cases.test.ts).
    'Query: only deployed searchShops: SearchResult, searchPages: [SearchPage]',
  ],
  'owner-auth': [
    // @auth owner rules add the owner field (and take a declared one) into the filters: the job
    // has no @auth rules.
    'Todo: only deployed owner: String',
    'ModelTodoFilterInput: only deployed owner: ModelStringInput',
    'ModelTodoConditionInput: only deployed owner: ModelStringInput',
    'ModelSubscriptionTodoFilterInput: only deployed owner: ModelStringInput',
    'ModelSubscriptionMemoFilterInput: only ours author: ModelSubscriptionStringInput',
    'ModelSubscriptionMemoFilterInput: only deployed author: ModelStringInput',
  ],
  'index-sort-key': [
    // The assumed index queries (AssumedNames), and what the @index sort key and queryField made.
    'Query: only ours commentsByPostID: ModelCommentConnection, ordersByCustomerID: ModelOrderConnection',
    'Query: only deployed commentsByPostIDAndContent: ModelCommentConnection, ordersOfCustomer: ModelOrderConnection',
    // Used only by the sort-key arguments the job cannot show.
    'only deployed ModelStringKeyConditionInput',
  ],
};

function fieldsOf(type: GraphQLNamedType | undefined | null): string[] {
  if (!isObjectType(type) && !isInputObjectType(type)) return [];
  return Object.values(type.getFields()).map((f) => `${f.name}: ${String(f.type)}`);
}

describe.each(realCaseNames())('fixtures/real/%s: our AppSync schema', (name) => {
  it('has the types and fields AWS deploys, but for the known differences', () => {
    const ours = buildAppSyncSchema(normalizeSchema(realCaseJob(name)).ir);
    const deployed = realCaseAppSyncSchema(name);
    const named = (map: ReturnType<typeof ours.getTypeMap>) =>
      Object.keys(map).filter((n) => !n.startsWith('__') && !UNUSED_DEPLOYED_TYPES.has(n));
    const differences: string[] = [];
    for (const typeName of named(ours.getTypeMap())) {
      const theirs = deployed.getType(typeName);
      if (theirs === undefined) {
        differences.push(`only ours ${typeName}`);
        continue;
      }
      const a = fieldsOf(ours.getType(typeName));
      const b = fieldsOf(theirs);
      const onlyOurs = a.filter((f) => !b.includes(f));
      const onlyDeployed = b.filter((f) => !a.includes(f));
      if (onlyOurs.length > 0) differences.push(`${typeName}: only ours ${onlyOurs.join(', ')}`);
      if (onlyDeployed.length > 0)
        differences.push(`${typeName}: only deployed ${onlyDeployed.join(', ')}`);
    }
    for (const typeName of named(deployed.getTypeMap())) {
      if (ours.getType(typeName) === undefined) differences.push(`only deployed ${typeName}`);
    }
    expect(differences).toEqual(KNOWN_DIFFERENCES[name] ?? []);
  });
});
