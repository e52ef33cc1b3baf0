import { JobSourceError, UsageError } from '@uibuilder-codegen/core';
import { locateJsonError } from '../json-error-location.js';
import { InputTooLargeError, MAX_INPUT_BYTES, readBounded } from '../read-bounded.js';
import type { ApiSchemaInput } from './api-schema-text.js';

const HINT =
  'Pass the deployed schema: aws appsync get-introspection-schema --api-id <id> --format SDL schema.graphql, or Amplify Gen1 amplify/backend/api/<name>/build/schema.graphql.';

/**
 * Reads a deployed AppSync schema file (`--api-schema`): SDL, or introspection JSON when its
 * first character is `{`. A missing or unreadable file is a `UsageError` (exit 2, the path is a
 * flag); malformed JSON is a `JobSourceError` (exit 3) at `file:line:column`. `source` names the
 * file in messages.
 */
export async function readApiSchemaFile(path: string, source = path): Promise<ApiSchemaInput> {
  let text: string;
  try {
    text = await readBounded(path, MAX_INPUT_BYTES);
  } catch (error) {
    if (error instanceof InputTooLargeError)
      throw new JobSourceError(`${source}: ${error.message}`, { location: source, hint: HINT });
    const code = (error as NodeJS.ErrnoException).code;
    const what = code === 'ENOENT' ? 'not found' : `unreadable (${code ?? String(error)})`;
    throw new UsageError(`API schema file ${what}: ${path}`, { hint: HINT, cause: error });
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!body.trimStart().startsWith('{')) return { sdl: body, source };
  try {
    return { introspection: JSON.parse(body), source };
  } catch (error) {
    const { line, column, problem } = locateJsonError(body, error);
    const location = `${source}:${line}:${column}`;
    throw new JobSourceError(`${location}: invalid introspection JSON: ${problem}`, {
      location,
      hint: 'Fix the JSON at that line and column, or give the SDL (--format SDL) instead.',
    });
  }
}
