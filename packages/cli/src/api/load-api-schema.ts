import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { DeployedApiSchema } from '@uibuilder-codegen/emit';
import { UsageError } from '@uibuilder-codegen/transform';

/**
 * Reads the deployed AppSync schema file given with `--api-schema` / config `apiSchema`: SDL or
 * introspection JSON. A file that is missing or a directory is a usage error (exit 2); one that
 * does not parse is a `SchemaError` (exit 3) with its line and column.
 */
export async function loadApiSchema(file: string, cwd: string): Promise<DeployedApiSchema> {
  const resolved = path.resolve(cwd, file);
  let text: string;
  try {
    text = await readFile(resolved, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === 'ENOENT'
        ? `API schema file not found: ${resolved}`
        : `Could not read the API schema file ${resolved} (${code ?? String(error)})`,
      {
        hint: 'Pass the deployed schema: aws appsync get-introspection-schema --api-id <id> --format SDL schema.graphql, or Amplify Gen1 amplify/backend/api/<name>/build/schema.graphql.',
        cause: error,
      },
    );
  }
  const { readDeployedSchema } = await import('@uibuilder-codegen/emit');
  return readDeployedSchema(text, path.relative(cwd, resolved) || resolved);
}
