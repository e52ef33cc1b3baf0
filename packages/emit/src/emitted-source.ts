/**
 * What each file generator returns, before the shared machinery turns it into files:
 * - `typescript`: TypeScript source for a logical file named by an import specifier relative to
 *   the component directory (`'../API'`, `'../graphql/queries'`). The machinery picks the
 *   extension from `script` (`tsx` -> `.ts`; `js`/`jsx` -> `.js`, transpiled, plus `.d.ts` when
 *   `renderTypeDeclarations`), applies `target`, `module`, `inlineSourceMap`, and the banner.
 * - `literal`: a file written as given (only the banner is added), e.g. the DataStore package's
 *   `index.js` / `index.d.ts`, or an SDL file. `path` is relative to the component directory.
 */
export type EmittedSource =
  | {
      readonly kind: 'typescript';
      readonly specifier: string;
      readonly source: string;
      /** The source is already in prettier's default style (kept only when written as `.ts`). */
      readonly prettierStable?: boolean;
      /**
       * The `.d.ts` text, when the generator can write it directly. The compiler's declaration
       * emit type-checks the whole program, which for a large types file costs tens of seconds.
       */
      readonly declaration?: string;
      /** `declaration` is already in prettier's default style. */
      readonly declarationPrettierStable?: boolean;
      /**
       * The part of `source` that survives transpiling (for a file of types and enums: the enums),
       * transpiled to JavaScript instead of the whole source.
       */
      readonly runtimeSource?: string;
      /**
       * The `.js` text, in prettier's default style, when the generator can write it directly:
       * what transpiling the source gives, up to layout. Written instead of transpiling when the
       * render config's target and module keep the source's syntax and no source map is asked
       * for (see `keepsSourceSyntax`); a large statements file costs the compiler and prettier
       * seconds.
       */
      readonly javascript?: string;
    }
  | {
      readonly kind: 'literal';
      readonly path: string;
      readonly contents: string;
      /** How the banner is written: `//` for code, `#` for GraphQL SDL. */
      readonly comment: 'line' | 'hash';
      /** `contents` is already in prettier's default style, for the parser its extension picks. */
      readonly prettierStable?: boolean;
    };
