#!/usr/bin/env node
/**
 * The peer we are measured against: AWS's `@aws-amplify/graphql-generator` 0.5.4, run the way
 * `amplify codegen` runs it: `generateStatements` (target typescript, `relativeTypesPath`, maxDepth)
 * writes queries/mutations/subscriptions.ts, then `generateTypes` (target typescript) reads the
 * documents in those files and writes API.ts.
 *
 * CLI (what run.mjs spawns, one fresh process per measurement so RSS is the peer's own):
 *   node bench/aws-peer.mjs --schema <appsync.graphql> [--max-depth 2] [--copies k]
 * prints one JSON object: { statementsMs, typesMs, totalMs, files, bytes, maxRssMB, models }.
 * `--copies k` replicates the schema k times (every domain type and root field renamed with the
 * copy's index), for an AWS-only scaling curve that does not depend on our emitter.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);
const SHARED_ENUMS = new Set(['ModelAttributeTypes', 'ModelSortDirection']);

/**
 * The GraphQL documents inside generated TypeScript statement files (what amplify-codegen's
 * `types` step reads from `queries.ts` & co.).
 * @param {string} source
 */
export function extractDocuments(source) {
  const documents = [];
  const pattern = /\/\* GraphQL \*\/ `([^`]*)`/g;
  for (let match = pattern.exec(source); match; match = pattern.exec(source)) {
    documents.push(match[1]);
  }
  return documents;
}

/**
 * AWS's generators append their own declarations of the AppSync scalars and directives to the
 * schema, so a schema that declares them itself (a complete SDL, as our emitter prints it) must
 * lose those declarations first; the deployed schema AppSync exports has none.
 * @param {string} sdl
 */
export function withoutAppSyncPrelude(sdl) {
  return sdl.replace(/^scalar AWS\w+\s*$/gm, '').replace(/^directive @aws_\w+[^\n]*$/gm, '');
}

/**
 * How many `@model` types an AppSync schema has (object types with a `Model<T>Connection`).
 * @param {string} sdl
 */
export function countModels(sdl) {
  return (sdl.match(/^type Model\w+Connection\d*\s/gm) ?? []).length;
}

/**
 * Runs AWS's generators on an AppSync schema and times each step.
 * @param {string} schema AppSync SDL (as deployed; AWS scalars are implied)
 * @param {{ maxDepth?: number, relativeTypesPath?: string }} [options]
 */
export async function runAwsGenerators(schema, options = {}) {
  const { maxDepth = 2, relativeTypesPath = '../API' } = options;
  const { generateStatements, generateTypes } = await import('@aws-amplify/graphql-generator');
  const t0 = performance.now();
  const statements = generateStatements({
    schema,
    target: 'typescript',
    maxDepth,
    relativeTypesPath,
  });
  const t1 = performance.now();
  const queries = Object.values(statements).flatMap(extractDocuments).join('\n');
  const types = await generateTypes({ schema, target: 'typescript', queries });
  const t2 = performance.now();
  const outputs = { ...statements, ...types };
  return {
    statementsMs: t1 - t0,
    typesMs: t2 - t1,
    totalMs: t2 - t0,
    files: Object.keys(outputs).length,
    bytes: Object.values(outputs).reduce((sum, text) => sum + Buffer.byteLength(text), 0),
  };
}

/**
 * Replicates an AppSync schema `copies` times: every type named after a model, enum or non-model
 * (and every root field) gets the copy's index as a suffix; the shared inputs and enums stay once.
 * @param {string} sdl
 * @param {number} copies
 */
export async function replicateSchema(sdl, copies) {
  const { parse, print, visit, Kind } = await import('graphql');
  const document = parse(sdl);
  const domainNames = document.definitions
    .filter(
      (definition) =>
        (definition.kind === Kind.OBJECT_TYPE_DEFINITION &&
          !ROOT_TYPES.has(definition.name.value) &&
          !/^Model\w+Connection$/.test(definition.name.value)) ||
        (definition.kind === Kind.ENUM_TYPE_DEFINITION && !SHARED_ENUMS.has(definition.name.value)),
    )
    .map((definition) => /** @type {{ name: { value: string } }} */ (definition).name.value);
  /** @param {string} name */
  const isDomain = (name) => domainNames.some((domainName) => name.includes(domainName));

  /** @type {any[]} */
  const shared = [];
  /** @type {any[]} */
  const perCopy = [];
  /** @type {Record<string, any[]>} */
  const rootFields = { Query: [], Mutation: [], Subscription: [] };
  for (const definition of document.definitions) {
    const name = 'name' in definition && definition.name ? definition.name.value : '';
    if (!ROOT_TYPES.has(name) && !isDomain(name)) shared.push(definition);
  }
  for (let copy = 0; copy < copies; copy += 1) {
    /** @param {string} name */
    const rename = (name) => (isDomain(name) ? `${name}${copy}` : name);
    const renamed = visit(document, {
      Name(node, _key, parent) {
        // Only type names (definitions and references) and root field names change.
        const parentKind = parent && /** @type {any} */ (parent).kind;
        if (parentKind === Kind.NAMED_TYPE || String(parentKind).endsWith('TypeDefinition')) {
          return { ...node, value: rename(node.value) };
        }
        return undefined;
      },
    });
    renamed.definitions.forEach((definition, index) => {
      const original = document.definitions[index];
      const name = 'name' in original && original.name ? original.name.value : '';
      if (ROOT_TYPES.has(name) && 'fields' in definition && definition.fields) {
        for (const rootField of definition.fields) {
          rootFields[name].push(renameRootField(rootField, copy, Kind));
        }
      } else if (isDomain(name)) {
        perCopy.push(definition);
      }
    });
  }
  const roots = Object.entries(rootFields)
    .filter(([, fields]) => fields.length > 0)
    .map(([name, fields]) => ({
      kind: Kind.OBJECT_TYPE_DEFINITION,
      name: { kind: Kind.NAME, value: name },
      interfaces: [],
      directives: [],
      fields,
    }));
  return print({ kind: Kind.DOCUMENT, definitions: [...shared, ...roots, ...perCopy] });
}

/**
 * A root field with the copy's suffix, and its `@aws_subscribe(mutations: [...])` kept pointing at
 * the renamed mutations.
 * @param {any} rootField
 * @param {number} copy
 * @param {any} Kind
 */
function renameRootField(rootField, copy, Kind) {
  const directives = (rootField.directives ?? []).map((/** @type {any} */ directive) => ({
    ...directive,
    arguments: (directive.arguments ?? []).map((/** @type {any} */ argument) =>
      argument.value.kind === Kind.LIST
        ? {
            ...argument,
            value: {
              ...argument.value,
              values: argument.value.values.map((/** @type {any} */ value) =>
                value.kind === Kind.STRING ? { ...value, value: `${value.value}${copy}` } : value,
              ),
            },
          }
        : argument,
    ),
  }));
  return {
    ...rootField,
    name: { ...rootField.name, value: `${rootField.name.value}${copy}` },
    directives,
  };
}

async function main() {
  const { values } = parseArgs({
    options: {
      schema: { type: 'string' },
      'max-depth': { type: 'string', default: '2' },
      copies: { type: 'string', default: '1' },
      'print-schema': { type: 'boolean', default: false },
    },
  });
  if (!values.schema) throw new Error('--schema <appsync.graphql> is required');
  let sdl = withoutAppSyncPrelude(readFileSync(values.schema, 'utf8'));
  const copies = Number(values.copies);
  if (copies > 1) sdl = await replicateSchema(sdl, copies);
  if (values['print-schema']) {
    process.stdout.write(sdl);
    return;
  }
  const result = await runAwsGenerators(sdl, { maxDepth: Number(values['max-depth']) });
  const maxRssMB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ ...result, maxRssMB, models: countModels(sdl) })}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    process.stderr.write(`aws-peer: ${error instanceof Error ? error.stack : error}\n`);
    process.exitCode = 1;
  });
}
