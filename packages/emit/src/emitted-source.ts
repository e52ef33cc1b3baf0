import type { OutputTargetIR } from '@uibuilder-codegen/transform';

/** One text a generator wrote. */
export interface OutputText {
  readonly text: string;
  /** The text is exactly what prettier 3 prints with its default options for its file type. */
  readonly prettierStable: boolean;
}

/**
 * What each file generator returns, before the output stage (render-files.ts) turns it into files:
 * - `module`: a generated module at a render-config target, as the texts the output form
 *   (`ir.render.output`, decided by the transform) needs. TypeScript output writes `ts` as
 *   `<stem>.ts`. JavaScript output writes `js` as `<stem>.js` when the generator wrote it (only
 *   when the output form is `direct`), else `ts` transpiled; with declarations, `dts` as
 *   `<stem>.d.ts` when the generator wrote it, else the compiler's declarations of `ts`. A
 *   generator that writes both `js` and `dts` may give as `ts` only what survives into
 *   JavaScript (the types file's enum objects), since nothing else reads it then.
 * - `literal`: a file written as given (only the banner is added), e.g. the DataStore package's
 *   `index.js` / `index.d.ts`, or an SDL file. `path` is normalised and relative to the component
 *   directory.
 */
export type EmittedSource =
  | {
      readonly kind: 'module';
      readonly target: OutputTargetIR;
      readonly ts: OutputText;
      /**
       * The `.js` text, in prettier's default style, written instead of transpiling `ts`: what
       * transpiling gives, up to layout (a large statements file costs the compiler and prettier
       * seconds).
       */
      readonly js?: OutputText;
      /**
       * The `.d.ts` text. The compiler's declaration emit type-checks the whole program, which for
       * a large types file costs tens of seconds.
       */
      readonly dts?: OutputText;
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
