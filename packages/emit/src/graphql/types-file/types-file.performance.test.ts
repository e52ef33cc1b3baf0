import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schemaIR } from '../../test-support/ir-builders.js';
import { operationDocument } from './test-documents.js';
import { createTypesSource } from './types-file.js';

/**
 * A schema shaped like an AppSync deployment of `count` models in a ring (each has a belongsTo
 * and a hasMany to the next), with AWS's per-model inputs and six operations per model selecting
 * to depth 3 with `__typename`.
 */
function syntheticApi(count: number) {
  const sdl = [
    'scalar AWSDateTime',
    'input ModelStringInput { ne: String eq: String contains: String between: [String] }',
    'input ModelIDInput { ne: ID eq: ID between: [ID] }',
    'input ModelIntInput { ne: Int eq: Int }',
  ];
  const queries: string[] = [];
  const mutations: string[] = [];
  const subscriptions: string[] = [];
  const documents: string[] = [];
  const scalars = 'id title body count tags nextID createdAt updatedAt';
  for (let i = 0; i < count; i++) {
    const [m, next] = [`M${i}`, `M${(i + 1) % count}`];
    sdl.push(
      `type ${m} { id: ID! title: String! body: String count: Int tags: [String] nextID: ID next: ${next} children: Model${next}Connection createdAt: AWSDateTime! updatedAt: AWSDateTime! }`,
      `type Model${m}Connection { items: [${m}]! nextToken: String }`,
      `input Model${m}FilterInput { id: ModelIDInput title: ModelStringInput count: ModelIntInput and: [Model${m}FilterInput] not: Model${m}FilterInput }`,
      `input Model${m}ConditionInput { title: ModelStringInput count: ModelIntInput }`,
      `input Create${m}Input { id: ID title: String! body: String count: Int tags: [String] nextID: ID }`,
      `input Update${m}Input { id: ID! title: String body: String count: Int tags: [String] nextID: ID }`,
      `input Delete${m}Input { id: ID! }`,
    );
    queries.push(
      `get${m}(id: ID!): ${m}`,
      `list${m}s(filter: Model${m}FilterInput, limit: Int, nextToken: String): Model${m}Connection`,
    );
    const selection = `${scalars} next { ${scalars} __typename } children { items { ${scalars} __typename } nextToken __typename } __typename`;
    documents.push(
      `query Get${m}($id: ID!) { get${m}(id: $id) { ${selection} } }`,
      `query List${m}s($filter: Model${m}FilterInput, $limit: Int, $nextToken: String) { list${m}s(filter: $filter, limit: $limit, nextToken: $nextToken) { items { ${selection} } nextToken __typename } }`,
      `subscription OnCreate${m}($filter: Model${m}FilterInput) { onCreate${m}(filter: $filter) { ${selection} } }`,
    );
    for (const verb of ['Create', 'Update', 'Delete']) {
      mutations.push(
        `${verb.toLowerCase()}${m}(input: ${verb}${m}Input!, condition: Model${m}ConditionInput): ${m}`,
      );
      documents.push(
        `mutation ${verb}${m}($input: ${verb}${m}Input!, $condition: Model${m}ConditionInput) { ${verb.toLowerCase()}${m}(input: $input, condition: $condition) { ${selection} } }`,
      );
    }
    subscriptions.push(`onCreate${m}(filter: Model${m}FilterInput): ${m}`);
  }
  sdl.push(
    `type Query { ${queries.join(' ')} }`,
    `type Mutation { ${mutations.join(' ')} }`,
    `type Subscription { ${subscriptions.join(' ')} }`,
  );
  return { schema: buildSchema(sdl.join('\n')), documents: documents.map(operationDocument) };
}

describe('createTypesSource performance (issue 9)', () => {
  it('writes the types of 1,000 models and 6,000 operations well within the 5 s budget of issue 9', () => {
    const input = { ...syntheticApi(1000), ir: schemaIR(), typename: true };
    const before = process.cpuUsage();
    const source = createTypesSource(input);
    const { user, system } = process.cpuUsage(before);
    // CPU time, not wall time, so that other work on the machine counts less. Measured cold, as
    // the CLI runs it: about 1.3 s under vitest on a loaded two-core machine (0.55 s warm; the
    // same declarations through ts-morph's addTypeAliases cost 2.3 s more). The bound leaves room
    // for slower machines and still catches a quadratic slip, which would take minutes.
    expect((user + system) / 1000).toBeLessThan(4000);
    expect(source).toContain('export type DeleteM999MutationVariables = {');
    expect(source.match(/^export type /gm)).toHaveLength(1000 * 7 + 3 + 6000 * 2);
  });
});
