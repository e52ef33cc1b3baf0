import { createRequire } from 'node:module';
import type * as TsMorphModule from 'ts-morph';

type TsMorph = typeof TsMorphModule;

let loaded: TsMorph | undefined;

/**
 * ts-morph (and the TypeScript compiler it bundles), loaded on first use. It is the heaviest module
 * we have (hundreds of milliseconds to load), and only model interfaces, JavaScript output and
 * declarations need it: a GraphQL `tsx` job never loads it. ts-morph is CommonJS, so a synchronous
 * `require` keeps `emitFiles` synchronous.
 */
export function tsMorph(): TsMorph {
  loaded ??= createRequire(import.meta.url)('ts-morph') as TsMorph;
  return loaded;
}
