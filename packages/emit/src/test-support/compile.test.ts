import { describe, expect, test } from 'vitest';
import { typeCheck } from './compile.js';

const files = [
  { path: '../API.ts', contents: 'export type Post = { id: string; title?: string | null };\n' },
  { path: '../models/index.d.ts', contents: 'export declare const Status: { readonly A: "A" };\n' },
];

describe('typeCheck', () => {
  test('clean files and consumer: no diagnostics', () => {
    const consumer =
      "import type { Post } from '../API';\nimport { Status } from '../models/index';\nexport const p: Post = { id: Status.A };\n";
    expect(typeCheck(files, consumer).diagnostics).toEqual([]);
  });

  test('errors in the consumer, with file and position', () => {
    const consumer = "import type { Post } from '../API';\nexport const p: Post = { id: 1 };\n";
    expect(typeCheck(files, consumer).diagnostics).toEqual([
      "consumer.ts(2,26): TS2322 Type 'number' is not assignable to type 'string'.",
    ]);
  });

  test('errors inside a generated .d.ts are reported (skipLibCheck is off)', () => {
    const broken = [
      { path: '../models/index.d.ts', contents: 'export declare const Status: Missing;\n' },
    ];
    expect(typeCheck(broken, 'export {};\n').diagnostics).toEqual([
      "../models/index.d.ts(1,30): TS2304 Cannot find name 'Missing'.",
    ]);
  });

  test('an unused @ts-expect-error is an error, and compiler options apply', () => {
    const consumer =
      "import type { Post } from '../API';\n// @ts-expect-error\nexport const p: Post = { id: 'x' };\n";
    expect(typeCheck(files, consumer).diagnostics).toEqual([
      "consumer.ts(2,1): TS2578 Unused '@ts-expect-error' directive.",
    ]);
    const loose = 'export const q: { title?: string } = { title: undefined };\n';
    expect(typeCheck(files, loose).diagnostics).toEqual([]);
    expect(
      typeCheck(files, loose, { compilerOptions: { exactOptionalPropertyTypes: true } })
        .diagnostics,
    ).toHaveLength(1);
  });

  test('modules from node_modules resolve through the linked package directory', () => {
    const consumer =
      "import { Project } from 'ts-morph';\nexport const make = (): Project => new Project();\n";
    expect(typeCheck([], consumer).diagnostics).toEqual([]);
  });
});
