/**
 * The render config as the IR holds it (`SchemaIR.render`): every output's target, language and
 * declarations decided once by `read-render-config.ts`, so that no emitter reads the render
 * config itself.
 */

/**
 * One file the render config names, its path decided once (read-render-config.ts): emit writes
 * there and never reads a render-config path itself.
 */
export interface OutputTargetIR {
  /**
   * Where it goes, relative to the component directory: POSIX, normalised, without extension
   * (`../API`, `../graphql/queries`). The output language adds `.ts`, or `.js` and `.d.ts`.
   */
  readonly stem: string;
  /** The JSON pointer of the render-config value that named it, for messages. */
  readonly path: string;
}

/**
 * Where the generated API code talks to the backend, with the files each kind writes. A
 * render-config path that is empty (no file) is `undefined`.
 */
export type ApiIR =
  | {
      readonly kind: 'graphQL';
      readonly types: OutputTargetIR | undefined;
      readonly queries: OutputTargetIR | undefined;
      readonly mutations: OutputTargetIR | undefined;
      readonly subscriptions: OutputTargetIR | undefined;
      readonly fragments: OutputTargetIR | undefined;
      /**
       * What the statements files import the types file as (`../API` from `../graphql/queries`),
       * or `undefined` when there is no types file: then the statements are plain strings.
       */
      readonly typesImports:
        | {
            readonly query: string;
            readonly mutation: string;
            readonly subscription: string;
          }
        | undefined;
    }
  | {
      readonly kind: 'dataStore';
      /** The directory of the DataStore model package (`../models`). */
      readonly directory: string;
    }
  | {
      readonly kind: 'noApi';
      /** The module of plain model interfaces (`../models/index`). */
      readonly models: OutputTargetIR;
    };

/**
 * The language generated modules are written in, decided once from `script`, `target`, `module`,
 * `inlineSourceMap` and `renderTypeDeclarations`.
 */
export type OutputFormIR =
  | {
      /** `script: tsx`: `.ts` files (`renderTypeDeclarations` does not apply). */
      readonly language: 'ts';
    }
  | {
      /** `script: js | jsx`: `.js` files. */
      readonly language: 'js';
      /** A `.d.ts` beside each `.js` (`renderTypeDeclarations`). */
      readonly declarations: boolean;
      /**
       * The generators write their JavaScript themselves, where they can: the target keeps
       * template literals and `const`, the module kind keeps ES `import`/`export`, and no source
       * map is asked for (only the compiler writes one), so transpiling would only erase types.
       * Otherwise the compiler transpiles every module.
       */
      readonly direct: boolean;
      /** The compiler's settings, for what is transpiled. */
      readonly target: 'es2015' | 'es2020';
      readonly module: 'es2020' | 'esnext';
      readonly inlineSourceMap: boolean;
    };

/** `renderConfig.react`, with defaults applied and every output decided. */
export interface RenderIR {
  /** `script`, `target`, `module`, `inlineSourceMap`, `renderTypeDeclarations`. */
  readonly output: OutputFormIR;
  /** `apiConfiguration`, with the path of each file it names. */
  readonly api: ApiIR;
  /** `renderConfig.react.dependencies`. */
  readonly dependencies: Readonly<Record<string, string>>;
}
