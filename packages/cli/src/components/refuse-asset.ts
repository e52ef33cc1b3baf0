import { JobSourceError } from '@uibuilder-codegen/core';

/** What to do about any asset we refuse: nothing was written; a new job gives a new asset. */
export const ASSET_RESOLUTION =
  'Nothing was written. Start a new codegen job (`uibuilder-codegen start --wait ...`) and generate from it; if this keeps happening, the asset is not what UI Builder produces.';

/**
 * The error for an asset (or one of its entries) we will not unpack: exit 3, the entry named
 * (JSON-escaped, so control characters and quotes cannot reach the terminal raw).
 */
export function refuseAsset(message: string, entry?: string, cause?: unknown): JobSourceError {
  return new JobSourceError(message, {
    ...(entry === undefined ? {} : { location: `asset entry ${JSON.stringify(entry)}` }),
    hint: ASSET_RESOLUTION,
    ...(cause === undefined ? {} : { cause }),
  });
}
