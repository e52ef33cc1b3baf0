import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ModelSchemaFacts } from '@uibuilder-codegen/core';
import { JobSourceError, UsageError } from '@uibuilder-codegen/core';
import type { DocumentNode } from 'graphql';
import { GraphQLError } from 'graphql/error/GraphQLError.js';
import { parse } from 'graphql/language/parser.js';
import { InputTooLargeError, MAX_INPUT_BYTES, readBounded } from '../read-bounded.js';
import { modelSchemaFactsOf } from './model-schema-facts-of.js';

/**
 * Reads the Amplify model SDL given with `--model-schema`: one `.graphql` file, or a folder of
 * them (Gen1's `schema/`), in name order. A missing path is a `UsageError` (exit 2); SDL that
 * does not parse is a `JobSourceError` (exit 3) at `file:line:column`. `name` is the path as the
 * user gave it, for messages.
 */
export async function readModelSchemaFiles(
  location: string,
  name = location,
): Promise<ModelSchemaFacts> {
  let files: string[];
  try {
    files = (await stat(location)).isDirectory()
      ? (await readdir(location))
          .filter((file) => file.endsWith('.graphql'))
          .sort()
          .map((file) => path.join(location, file))
      : [location];
  } catch (error) {
    throw new UsageError(`Model schema not found: ${location}`, {
      hint: 'Pass the Amplify model SDL: amplify/backend/api/<name>/schema.graphql, or its schema/ folder.',
      cause: error,
    });
  }
  if (files.length === 0) {
    throw new UsageError(`No .graphql file in ${location}`, {
      hint: 'Pass the schema.graphql file, or the folder that holds the .graphql files.',
    });
  }
  const documents: DocumentNode[] = [];
  for (const file of files) {
    const shown = files.length === 1 ? name : path.join(name, path.basename(file));
    documents.push(parseModelSdl(await readModelFile(file, shown), shown));
  }
  return modelSchemaFactsOf(documents, name);
}

/** Parses one model SDL text; `shown` names it in messages. */
export function parseModelSdl(text: string, shown: string): DocumentNode {
  try {
    return parse(text, { noLocation: true });
  } catch (error) {
    const at = error instanceof GraphQLError ? error.locations?.[0] : undefined;
    const location = at === undefined ? shown : `${shown}:${at.line}:${at.column}`;
    throw new JobSourceError(
      `${location}: the model schema is not GraphQL SDL: ${error instanceof GraphQLError ? error.message : String(error)}`,
      {
        location,
        hint: 'Fix the SDL at that line and column (amplify api gql-compile checks it).',
      },
    );
  }
}

/** One file of the model SDL, read up to the input limit. */
async function readModelFile(file: string, shown: string): Promise<string> {
  try {
    return await readBounded(file, MAX_INPUT_BYTES);
  } catch (error) {
    if (!(error instanceof InputTooLargeError)) throw error;
    throw new JobSourceError(`${shown}: ${error.message}`, {
      location: shown,
      hint: 'Pass the Amplify model SDL, not another file.',
    });
  }
}
