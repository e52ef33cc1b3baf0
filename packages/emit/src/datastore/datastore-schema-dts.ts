import type { EmittedSource } from '../emitted-source.js';

/** `models/schema.d.ts`: the schema object typed as what `initSchema` takes. */
export function createDataStoreSchemaDts(path: string): EmittedSource {
  return {
    kind: 'literal',
    path,
    contents: `import { Schema } from "@aws-amplify/datastore";\n\nexport declare const schema: Schema;\n`,
    comment: 'line',
    prettierStable: true,
  };
}
