import path from 'node:path';
import type { GeneratedFile } from '@uibuilder-codegen/emit';
import { OutputError } from '@uibuilder-codegen/core';

/**
 * Adds the unpacked component files to the generated ones, so that one plan, one manifest and
 * one atomic write cover both. A component that wants the path of a generated file (exactly, or
 * on a case-insensitive file system) is refused (`OutputError`, exit 5) naming both: neither
 * silently wins. UI Builder's assets hold the components, `index.js`, `studioTheme.js` and
 * `utils.js` (with `.d.ts` files) directly in `--out`, and our files are where the render config's
 * paths point (`../graphql/…`, `../models/…` in every AWS-made job), so they meet only when a
 * render config points a path into `--out` under a component's name.
 */
export function joinComponentFiles(
  generated: readonly GeneratedFile[],
  components: readonly GeneratedFile[],
): GeneratedFile[] {
  const key = (file: GeneratedFile) =>
    path.posix.normalize(file.path).normalize('NFC').toLowerCase();
  const byKey = new Map(generated.map((file) => [key(file), file.path]));
  for (const component of components) {
    const clash = byKey.get(key(component));
    if (clash !== undefined) {
      throw new OutputError(
        `The components asset's ${JSON.stringify(component.path)} and the generated ${JSON.stringify(clash)} want the same file in --out`,
        {
          files: [component.path, clash],
          hint: 'Point the render config path elsewhere (it is relative to --out), or generate without --components.',
        },
      );
    }
  }
  return [...generated, ...components];
}
