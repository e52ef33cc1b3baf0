import { describe, expect, test } from 'vitest';
import { emitDeclarations } from './declarations.js';

describe('emitDeclarations', () => {
  test('all files in one batch, imports between them resolved', () => {
    const declarations = emitDeclarations([
      {
        stem: '../API',
        source: 'export type Post = { id: string };\nexport const STATUS = { A: "A" } as const;\n',
      },
      {
        stem: '../graphql/queries',
        source:
          'import type * as APITypes from "../API";\n' +
          'export const getPost = `query` as string & { __output: APITypes.Post };\n' +
          'export const keys = ["a", "b"].map((k) => k.toUpperCase());\n',
      },
      { stem: '../../deep/x', source: 'export const x = 1 as number;\n' },
    ]);
    expect([...declarations.keys()]).toEqual(['../API', '../graphql/queries', '../../deep/x']);
    expect(declarations.get('../API')).toMatchInlineSnapshot(`
      "export type Post = {
          id: string;
      };
      export declare const STATUS: {
          readonly A: "A";
      };
      "
    `);
    expect(declarations.get('../graphql/queries')).toMatchInlineSnapshot(`
      "import type * as APITypes from "../API";
      export declare const getPost: string & {
          __output: APITypes.Post;
      };
      export declare const keys: string[];
      "
    `);
    expect(declarations.get('../../deep/x')).toBe('export declare const x: number;\n');
  });

  test('one run sees none of the files of the run before (the project is reused)', () => {
    emitDeclarations([{ stem: 'a', source: 'export const v = 1 as number;\n' }]);
    const second = emitDeclarations([
      { stem: 'b', source: "import { v } from './a';\nexport const w = v;\n" },
    ]);
    expect(second.get('b')).toContain('export declare const w: any;');
    const third = emitDeclarations([{ stem: 'a', source: 'export const v = "s" as string;\n' }]);
    expect(third.get('a')).toBe('export declare const v: string;\n');
  });

  test('no files, no project', () => {
    expect(emitDeclarations([]).size).toBe(0);
  });
});
