import path from 'node:path';
import type { DeployedApiSchema } from '@uibuilder-codegen/emit';

/**
 * Reads the deployed AppSync schema file given with `--api-schema` / config `apiSchema` (SDL or
 * introspection JSON; see `readApiSchemaFile` for its errors) into the document emit reads.
 */
export async function loadApiSchema(file: string, cwd: string): Promise<DeployedApiSchema> {
  const resolved = path.resolve(cwd, file);
  const [{ readApiSchemaFile }, { readDeployedSchema }] = await Promise.all([
    import('@uibuilder-codegen/fetch'),
    import('@uibuilder-codegen/emit'),
  ]);
  const source = path.relative(cwd, resolved) || resolved;
  return readDeployedSchema(await readApiSchemaFile(resolved, source));
}
