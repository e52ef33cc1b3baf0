import { ServiceError } from '@uibuilder-codegen/core';
import type { ComponentLimits } from './component-limits.js';
import { checkEntryName, checkEntrySet } from './entry-name.js';
import { refuseAsset as invalid } from './refuse-asset.js';
import type { AssetFile } from './read-zip.js';

const ARCHIVE = 'components file manifest';

/** One file of the manifest, as AWS's clients read it. */
interface ManifestOutput {
  readonly fileName: string;
  readonly downloadUrl?: string;
  readonly error?: string;
}

/**
 * Reads the JSON file manifest a codegen job's asset URL serves in AWS (`{"Output": [{ fileName,
 * schemaName, downloadUrl, error }]}`, one presigned URL per file) and downloads each file, one at
 * a time, under the same name checks and limits as a zip. A file the service failed to render
 * (`error`) stops the run (exit 4) rather than being skipped, as `amplify pull` skips it silently.
 */
export async function readFileManifest(
  bytes: Buffer,
  limits: ComponentLimits,
  download: (url: string, maxBytes: number) => Promise<Buffer>,
): Promise<AssetFile[]> {
  const outputs = parseOutputs(bytes);
  if (outputs.length > limits.maxEntries) {
    throw invalid(
      `The ${ARCHIVE} lists ${outputs.length} files, over the limit of ${limits.maxEntries}`,
    );
  }
  const names = outputs.map((output) => checkEntryName(output.fileName, ARCHIVE));
  checkEntrySet(names, ARCHIVE);
  const files: AssetFile[] = [];
  let total = 0;
  for (const [index, output] of outputs.entries()) {
    const name = names[index] ?? '';
    if (output.error !== undefined || typeof output.downloadUrl !== 'string') {
      throw new ServiceError(
        `UI Builder could not render ${JSON.stringify(name)}: ${output.error ?? 'no downloadUrl'}`,
        {
          errorName: 'ComponentRenderFailed',
          hint: 'Fix the component or form in Amplify Studio, then start a new codegen job (`uibuilder-codegen start --wait ...`).',
        },
      );
    }
    const cap = Math.min(limits.maxEntryBytes, limits.maxTotalBytes - total);
    const data = await download(output.downloadUrl, Math.max(0, cap));
    total += data.length;
    files.push({ path: name, bytes: data });
  }
  return files;
}

function parseOutputs(bytes: Buffer): ManifestOutput[] {
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    throw invalid(
      `The downloaded asset is neither a zip archive nor a JSON file manifest (${String(error)})`,
    );
  }
  const outputs = (value as { Output?: unknown } | null)?.Output;
  if (!Array.isArray(outputs)) throw invalid(`The ${ARCHIVE} has no "Output" array`);
  return outputs.map((output: unknown, index) => {
    const entry = output as Record<string, unknown> | null;
    const fileName = entry?.['fileName'];
    if (typeof fileName !== 'string')
      throw invalid(`The ${ARCHIVE} entry Output[${index}] has no fileName`);
    const downloadUrl = entry?.['downloadUrl'];
    const error = entry?.['error'];
    return {
      fileName,
      ...(typeof downloadUrl === 'string' ? { downloadUrl } : {}),
      ...(typeof error === 'string' && error !== '' ? { error } : {}),
    };
  });
}
