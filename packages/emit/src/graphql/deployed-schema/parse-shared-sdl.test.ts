import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'graphql';
import type { GraphQLError } from 'graphql';
import type {
  DocumentNode,
  FieldDefinitionNode,
  InputValueDefinitionNode,
  ObjectTypeDefinitionNode,
  TypeNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { parseSharedSdl } from './parse-shared-sdl.js';

const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../../../../fixtures/${name}`, import.meta.url)), 'utf8');

const SDLS = [
  'recipes/appsync.graphql',
  'custom-operations/appsync.graphql',
  'real/owner-auth/appsync.graphql',
  'real/index-sort-key/appsync.graphql',
];

/** Every field, argument and input field of the document's object and input types. */
function members(document: DocumentNode): (FieldDefinitionNode | InputValueDefinitionNode)[] {
  return document.definitions.flatMap((definition) => {
    if (!('fields' in definition) || definition.fields === undefined) return [];
    return definition.fields.flatMap((field: FieldDefinitionNode | InputValueDefinitionNode) => [
      field,
      ...('arguments' in field ? (field.arguments ?? []) : []),
    ]);
  });
}

describe('parseSharedSdl', () => {
  it.each(SDLS)('%s: the document graphql-js parses, without locations', (name) => {
    const sdl = fixture(name);
    expect(parseSharedSdl(sdl)).toEqual(parse(sdl, { noLocation: true }));
  });

  it('gives one node per name, named type and non-null named type', () => {
    const document = parseSharedSdl(fixture('recipes/appsync.graphql'));
    const byText = new Map<string, TypeNode>();
    for (const { type } of members(document)) {
      const text = JSON.stringify(type);
      if (
        type.kind === 'ListType' ||
        (type.kind === 'NonNullType' && type.type.kind !== 'NamedType')
      )
        continue;
      expect(byText.get(text) ?? type).toBe(type);
      byText.set(text, type);
    }
    expect(byText.size).toBeGreaterThan(10);
    const [first, second] = document.definitions.filter(
      (d): d is ObjectTypeDefinitionNode =>
        d.kind === 'ObjectTypeDefinition' && d.fields?.some((f) => f.name.value === 'id') === true,
    );
    const id = (type: ObjectTypeDefinitionNode | undefined) =>
      type?.fields?.find((f) => f.name.value === 'id')?.name;
    expect(id(first)).toBeDefined();
    expect(id(first)).toBe(id(second));
  });

  it('gives one node per list type and per plain member, and keeps a member with more on it', () => {
    const document = parseSharedSdl(
      'type A { a: [Int!] b(x: Int): Int c: Int @deprecated }\n' +
        'type B { a: [Int!] b(x: Int): Int c: Int @deprecated }\n' +
        'input C { x: Int y: Int = 1 }\ninput D { y: Int = 1 }',
    );
    const [a, b, c, d] = document.definitions as unknown as {
      fields: (FieldDefinitionNode | InputValueDefinitionNode)[];
    }[];
    expect(a?.fields[0]).toBe(b?.fields[0]);
    expect(a?.fields[1]).not.toBe(b?.fields[1]);
    expect(a?.fields[2]).not.toBe(b?.fields[2]);
    // An argument and an input field are both input values: `x: Int` is one node.
    expect((a?.fields[1] as FieldDefinitionNode).arguments?.[0]).toBe(c?.fields[0]);
    expect(c?.fields[1]).not.toBe(d?.fields[0]);
  });

  it('gives one frozen empty list for every absent list', () => {
    const document = parseSharedSdl('type A { a: Int b(x: Int): Int }\ntype B { c: Int }');
    const [a, b] = document.definitions as ObjectTypeDefinitionNode[];
    expect(a?.directives).toBe(b?.directives);
    expect(a?.fields?.[0]?.arguments).toBe(b?.interfaces);
    expect(Object.isFrozen(a?.directives)).toBe(true);
    expect(a?.fields?.[1]?.arguments).toHaveLength(1);
  });

  it("throws graphql-js's syntax error, with its location", () => {
    const sdl = 'type A {\n  a: Int\n  b: \n}';
    let error: unknown;
    try {
      parseSharedSdl(sdl);
    } catch (thrown) {
      error = thrown;
    }
    expect((error as GraphQLError).message).toMatch(/^Syntax Error: Expected Name/);
    expect((error as GraphQLError).locations).toEqual([{ line: 4, column: 1 }]);
  });
});
