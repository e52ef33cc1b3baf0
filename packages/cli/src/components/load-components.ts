import type { GeneratedFile } from '@uibuilder-codegen/emit';
import type { DownloadAssetOptions } from '@uibuilder-codegen/fetch';
import { ServiceError, type CodegenJob } from '@uibuilder-codegen/core';
import { COMPONENT_LIMITS, type ComponentLimits } from './component-limits.js';
import type { AssetFile } from './read-zip.js';
import { refuseAsset } from './refuse-asset.js';

/** Options of {@link loadComponents}. */
export interface LoadComponentsOptions {
  /** Deadline, size cap and retries of each download. @default DOWNLOAD_DEFAULTS */
  readonly download?: Omit<DownloadAssetOptions, 'signal'>;
  /** @default COMPONENT_LIMITS */
  readonly limits?: ComponentLimits;
  readonly signal?: AbortSignal;
}

const ZIP_SIGNATURES = ['PK\u0003\u0004', 'PK\u0005\u0006'];

/**
 * Downloads a codegen job's asset (`asset.downloadUrl`) and returns the React components it holds
 * as files relative to `--out`, in archive order, text with LF line endings. The asset is a zip,
 * or the JSON file manifest (`{"Output": [{ fileName, downloadUrl, error }]}`) that AWS's own
 * clients (Amplify CLI's `amplify pull`, Amplify Gen 2's form generator) read at that URL; both
 * are held to the same checks and limits. Nothing touches the disk here.
 *
 * A job without an asset is a `ServiceError` (exit 4) whose resolution is `start --wait`.
 */
export async function loadComponents(
  job: CodegenJob,
  options: LoadComponentsOptions = {},
): Promise<GeneratedFile[]> {
  const url = job.asset?.downloadUrl;
  if (typeof url !== 'string' || url === '') {
    throw new ServiceError(
      `The codegen job ${job.id ?? ''} has no asset (asset.downloadUrl) to take components from`,
      {
        errorName: 'NoAsset',
        hint: 'Only a succeeded job carries one, and a saved job file keeps it only until it expires: start a new job (`uibuilder-codegen start --wait ...`) and generate from it with --app-id/--environment/--job-id.',
      },
    );
  }
  const { downloadAsset } = await import('@uibuilder-codegen/fetch');
  const limits = options.limits ?? COMPONENT_LIMITS;
  const download = (target: string, maxBytes?: number) =>
    downloadAsset(target, {
      ...options.download,
      ...(maxBytes === undefined ? {} : { maxBytes }),
      ...(options.signal === undefined ? {} : { signal: options.signal }),
    });
  const bytes = await download(url);
  // The zip reader (yauzl) loads only when a run asks for components.
  const [{ readZip }, { readFileManifest }] = await Promise.all([
    import('./read-zip.js'),
    import('./read-file-manifest.js'),
  ]);
  const head = bytes.subarray(0, 4).toString('latin1');
  const files =
    !ZIP_SIGNATURES.includes(head) &&
    bytes.subarray(0, 64).toString('utf8').trimStart().startsWith('{')
      ? await readFileManifest(bytes, limits, download)
      : await readZip(bytes, limits);
  return files.map(toText);
}

function toText(file: AssetFile): GeneratedFile {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
  } catch {
    throw refuseAsset(
      `The components asset entry ${JSON.stringify(file.path)} is not UTF-8 text (UI Builder assets hold source files only)`,
      file.path,
    );
  }
  // Our manifest hashes and comparisons are on LF text, as every generated file is.
  return { path: file.path, contents: text.replace(/\r\n?/g, '\n') };
}
