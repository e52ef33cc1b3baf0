import { describe, expect, test } from 'vitest';
import {
  lazyLoadingAlias,
  modelConstructor,
  nonModelConstructor,
  typeAlias,
} from './type-alias.js';

/** A name of `length` characters. */
const name = (length: number): string => `N${'x'.repeat(length - 1)}`;
const layouts: Record<string, (typeName: string) => string> = {
  typeAlias: (typeName) => typeAlias(typeName, ['readonly id: string;']),
  emptyTypeAlias: (typeName) => typeAlias(typeName, []),
  lazyLoadingAlias,
  modelConstructor,
  nonModelConstructor,
};

// Each declaration at the longest name that keeps a layout and the shortest that changes it,
// every name shortened to `N` in the result, so that the layouts read alike at any length.
describe('declarations laid out by the length of the name', () => {
  test.each([
    ['typeAlias', 71, 'type N = {\n  readonly id: string;\n};'],
    ['typeAlias', 72, 'type N =\n  {\n    readonly id: string;\n  };'],
    ['emptyTypeAlias', 69, 'type N = {};'],
    ['emptyTypeAlias', 70, 'type N =\n  {};'],
    [
      'lazyLoadingAlias',
      18,
      'export declare type N = LazyLoading extends LazyLoadingDisabled\n  ? EagerN\n  : LazyN;',
    ],
    [
      'lazyLoadingAlias',
      19,
      'export declare type N =\n  LazyLoading extends LazyLoadingDisabled\n    ? EagerN\n    : LazyN;',
    ],
    ['nonModelConstructor', 9, 'export declare const N: new (init: ModelInit<N>) => N;'],
    ['nonModelConstructor', 10, 'export declare const N: new (\n  init: ModelInit<N>,\n) => N;'],
    [
      'modelConstructor',
      8,
      'export declare const N: (new (init: ModelInit<N>) => N) & {\n  copyOf(\n    source: N,\n    mutator: (draft: MutableModel<N>) => MutableModel<N> | void,\n  ): N;\n};',
    ],
    [
      'modelConstructor',
      9,
      'export declare const N: (new (\n  init: ModelInit<N>,\n) => N) & {\n  copyOf(\n    source: N,\n    mutator: (draft: MutableModel<N>) => MutableModel<N> | void,\n  ): N;\n};',
    ],
    [
      'modelConstructor',
      10,
      'export declare const N: (new (\n  init: ModelInit<N>,\n) => N) & {\n  copyOf(\n    source: N,\n    mutator: (\n      draft: MutableModel<N>,\n    ) => MutableModel<N> | void,\n  ): N;\n};',
    ],
  ] as const)('%s, %i characters', (layout, length, want) => {
    expect(layouts[layout]!(name(length)).replace(/Nx+/g, 'N')).toBe(want);
  });
});
