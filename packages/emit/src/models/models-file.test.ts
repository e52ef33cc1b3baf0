import { describe, expect, test } from 'vitest';
import { emitFiles } from '../emit-files.js';
import { blogIR } from '../test-support/blog-ir.js';
import { typeCheck } from '../test-support/compile.js';
import { enumType, field, model, schemaIR } from '../test-support/ir-builders.js';
import type { EmitContext } from '../emit-context.js';
import type { SchemaIR } from '@uibuilder-codegen/transform';
import { createModelsSource } from './models-file.js';

const context = (ir: SchemaIR): EmitContext => ({
  ir,
  maxDepth: 3,
  typename: true,
  pruneCycles: false,
  appSyncSchemaPath: undefined,
});

describe('createModelsSource', () => {
  test('one TypeScript source at ../models/index: enums, non-models, then models', () => {
    const ir = schemaIR({
      enums: [enumType('Status', ['A', 'B'])],
      models: [
        model('Item', 'Items', [
          field('Item', 'id', 'ID', { required: true }),
          field(
            'Item',
            'status',
            { kind: 'enum', name: 'Status' },
            { isArray: true, required: true },
          ),
        ]),
      ],
    });
    const result = createModelsSource(context(ir));
    expect(result.diagnostics).toEqual([]);
    expect(result.sources).toHaveLength(1);
    expect(result.sources[0]).toMatchInlineSnapshot(`
      {
        "kind": "module",
        "target": {
          "path": "/renderConfig/react/apiConfiguration/noApiConfig",
          "stem": "../models/index",
        },
        "ts": {
          "prettierStable": true,
          "text": "/** GraphQL enum \`Status\`. */
      export const Status = {
        A: "A",
        B: "B",
      } as const;
      export type Status = (typeof Status)[keyof typeof Status];

      /** GraphQL model \`Item\`. */
      export interface Item {
        /** GraphQL: \`ID!\` */
        id: string;
        /** GraphQL: \`[Status!]\` */
        status?: Array<Status> | null;
      }
      ",
        },
      }
    `);
  });

  test('a schema without types still gives a module that can be imported', () => {
    const { files } = emitFiles(schemaIR());
    expect(files[0]?.contents).toMatch(/\nexport \{\};\n$/);
    expect(
      typeCheck(files, "import * as models from '../models/index';\nexport const m = models;\n")
        .diagnostics,
    ).toEqual([]);
  });

  test('the blog models, in full', () => {
    const [source] = createModelsSource(context(blogIR())).sources;
    expect(source?.kind === 'module' ? source.ts.text : '').toMatchSnapshot();
  });
});
