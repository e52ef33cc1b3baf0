/**
 * The render config's outputs, decided once (DESIGN.md §4): where each GraphQL file goes (an empty
 * path means no file), what the statements import the types file as, and the language the
 * modules are written in. A path that can never name a file is an error with its JSON pointer.
 */
import { diagnostic } from '@uibuilder-codegen/core';
import type { Diagnostic } from '@uibuilder-codegen/core';
import type { ApiIR, OutputFormIR, OutputTargetIR, RenderIR } from './ir.js';
import { importSpecifier, outputStem } from './output-path.js';

/** The `graphQLConfig` path options, each as written in the job (`''` when absent). */
export type GraphQLPaths = Readonly<
  Record<
    | 'typesFilePath'
    | 'queriesFilePath'
    | 'mutationsFilePath'
    | 'subscriptionsFilePath'
    | 'fragmentsFilePath',
    string
  >
>;

/** Where the models of `noApiConfig` and the DataStore package go (DESIGN.md §4). */
export const MODELS_DIRECTORY = '../models';

/** The GraphQL files at `paths`; `pointer` is `graphQLConfig`'s JSON pointer. */
export function graphQLTargets(
  paths: GraphQLPaths,
  pointer: string,
  diagnostics: Diagnostic[],
): Extract<ApiIR, { kind: 'graphQL' }> {
  const target = (key: keyof GraphQLPaths): OutputTargetIR | undefined => {
    const value = paths[key];
    if (value.trim() === '') return undefined;
    const stem = outputStem(value);
    const path = `${pointer}/${key}`;
    if (stem.ok) return { stem: stem.path, path };
    diagnostics.push(
      diagnostic('InvalidOutputPath', path, {
        option: `apiConfiguration.graphQLConfig.${key}`,
        value: shortened(value),
        reason: stem.reason,
      }),
    );
    return undefined;
  };
  const types = target('typesFilePath');
  const queries = target('queriesFilePath');
  const mutations = target('mutationsFilePath');
  const subscriptions = target('subscriptionsFilePath');
  const importOfTypes = (key: keyof GraphQLPaths, from: OutputTargetIR | undefined): string => {
    if (types === undefined || from === undefined) return '';
    const specifier = importSpecifier(from.stem, types.stem);
    if (specifier !== undefined) return specifier;
    diagnostics.push(
      diagnostic('UnreachableTypesFile', from.path, {
        option: `apiConfiguration.graphQLConfig.${key}`,
        value: shortened(paths[key]),
        typesFile: shortened(paths.typesFilePath),
      }),
    );
    return '';
  };
  return {
    kind: 'graphQL',
    types,
    queries,
    mutations,
    subscriptions,
    fragments: target('fragmentsFilePath'),
    typesImports:
      types === undefined
        ? undefined
        : {
            query: importOfTypes('queriesFilePath', queries),
            mutation: importOfTypes('mutationsFilePath', mutations),
            subscription: importOfTypes('subscriptionsFilePath', subscriptions),
          },
  };
}

/** A path as a message shows it: a job may hold megabytes in one. */
function shortened(path: string): string {
  return path.length > 80 ? `${path.slice(0, 80)}…` : path;
}

/** The plain model interfaces of `noApiConfig`; `pointer` is `noApiConfig`'s JSON pointer. */
export function noApiTargets(pointer: string): ApiIR {
  return { kind: 'noApi', models: { stem: `${MODELS_DIRECTORY}/index`, path: pointer } };
}

// Records over the render config's unions, so that a new target or module kind must say here
// whether it keeps template literals, `const` and ES `import`/`export`.
const KEEPS_TEMPLATES_AND_CONST: Readonly<Record<'es2015' | 'es2020', boolean>> = {
  es2015: true,
  es2020: true,
};
const KEEPS_ES_MODULES: Readonly<Record<'es2020' | 'esnext', boolean>> = {
  es2020: true,
  esnext: true,
};

/** The render config's choices that decide the output form, defaults applied. */
export interface OutputChoices {
  readonly script: 'tsx' | 'jsx' | 'js';
  readonly target: 'es2015' | 'es2020';
  readonly module: 'es2020' | 'esnext';
  readonly renderTypeDeclarations: boolean;
  readonly inlineSourceMap: boolean;
}

/**
 * TypeScript for `tsx`, else JavaScript, written by the generators when transpiling would only
 * erase types from their files of `export const` template literals (the target keeps template
 * literals and `const`, the module kind ES exports, and there is no source map, which only the
 * compiler can write), else transpiled.
 */
export function outputForm(choices: OutputChoices): OutputFormIR {
  if (choices.script === 'tsx') return { language: 'ts' };
  const declarations = choices.renderTypeDeclarations;
  const direct =
    KEEPS_TEMPLATES_AND_CONST[choices.target] &&
    KEEPS_ES_MODULES[choices.module] &&
    !choices.inlineSourceMap;
  const { target, module, inlineSourceMap } = choices;
  return { language: 'js', declarations, direct, target, module, inlineSourceMap };
}

/** The render config AWS's codegen-ui assumes when a job does not say. */
export const DEFAULT_RENDER: RenderIR = {
  output: { language: 'ts' },
  api: { kind: 'dataStore', directory: MODELS_DIRECTORY },
  dependencies: {},
};
