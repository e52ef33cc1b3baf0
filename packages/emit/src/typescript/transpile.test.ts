import { describe, expect, test } from 'vitest';
import { usesSyntaxNewerThanES2015 } from '../test-support/es-syntax.js';
import { transpileToJavaScript } from './transpile.js';

const MODERN = `export const Status = { A: "A" } as const;
export type Status = (typeof Status)[keyof typeof Status];
export interface Box { readonly value?: number | null }
export const square = (box?: Box) => (box?.value ?? 0) ** 2;
export const load = async (f: () => Promise<number>) => ({ ...{ a: 1 }, b: await f() });
`;

describe('transpileToJavaScript', () => {
  test('es2015 output has no newer syntax; es2020 keeps it', () => {
    const es2015 = transpileToJavaScript(MODERN, 'm.ts', {
      target: 'es2015',
      module: 'es2020',
      inlineSourceMap: false,
    });
    const es2020 = transpileToJavaScript(MODERN, 'm.ts', {
      target: 'es2020',
      module: 'es2020',
      inlineSourceMap: false,
    });
    expect(usesSyntaxNewerThanES2015(es2015)).toBe(false);
    expect(usesSyntaxNewerThanES2015(es2020)).toBe(true);
    expect(es2020).toContain('?.');
    expect(es2015).not.toContain('?.');
  });

  test('types are erased, modules stay ES modules', () => {
    const js = transpileToJavaScript(MODERN, 'm.ts', {
      target: 'es2020',
      module: 'esnext',
      inlineSourceMap: false,
    });
    expect(js).not.toMatch(/interface|as const|type Status/);
    expect(js).toMatch(/^export const Status = \{ A: "A" \};$/m);
    expect(js).not.toContain('sourceMappingURL');
  });

  test('inlineSourceMap embeds a map with the TypeScript source', () => {
    const js = transpileToJavaScript(MODERN, 'm.ts', {
      target: 'es2020',
      module: 'es2020',
      inlineSourceMap: true,
    });
    const base64 = /\/\/# sourceMappingURL=data:application\/json;base64,(\S+)\n?$/.exec(js)?.[1];
    const map = JSON.parse(Buffer.from(base64 ?? '', 'base64').toString('utf8'));
    expect(map).toMatchObject({
      version: 3,
      file: 'm.js',
      sources: ['m.ts'],
      sourcesContent: [MODERN],
    });
  });

  test('a syntax error in generated code is a bug and throws', () => {
    expect(() =>
      transpileToJavaScript('export const = 1;', 'bad.ts', {
        target: 'es2020',
        module: 'es2020',
        inlineSourceMap: false,
      }),
    ).toThrow(/bad\.ts does not transpile/);
  });
});

describe('usesSyntaxNewerThanES2015', () => {
  test.each([
    ['const a = 2 ** 3;', true],
    ['async function f() {}', true],
    ['const o = { ...p };', true],
    ['const v = a?.b;', true],
    ['const v = a ?? b;', true],
    ['try { f(); } catch { }', true],
    ['const f = (a, ...rest) => `x${a}`; class A { m() { return [...rest]; } }', false],
    ['export const s = { a: "a" };', false],
  ])('%s -> %s', (js, want) => {
    expect(usesSyntaxNewerThanES2015(js)).toBe(want);
  });
});
