/**
 * Reads `job.renderConfig.react` into a {@link RenderIR} with defaults applied and every output
 * decided (output-targets.ts), and reports unknown union members (`$unknown`, which the AWS SDK
 * produces for members it does not know).
 */
import { diagnostic, jsonPointer } from '@uibuilder-codegen/core';
import type { Diagnostic } from '@uibuilder-codegen/core';
import type { ApiIR, RenderIR } from './ir.js';
import { describeValue, entries, isRecord, own } from './json-values.js';
import type { JsonRecord } from './json-values.js';
import {
  DEFAULT_RENDER,
  graphQLTargets,
  MODELS_DIRECTORY,
  noApiTargets,
  outputForm,
} from './output-targets.js';
import type { GraphQLPaths, OutputChoices } from './output-targets.js';

/** The choices a job leaves out, as AWS's codegen-ui assumes them. */
const DEFAULT_CHOICES: OutputChoices = {
  script: 'tsx',
  target: 'es2020',
  module: 'es2020',
  renderTypeDeclarations: false,
  inlineSourceMap: false,
};

const CHOICES = {
  script: ['tsx', 'jsx', 'js'],
  target: ['es2015', 'es2020'],
  module: ['es2020', 'esnext'],
} as const;

const GRAPHQL_PATHS = [
  'typesFilePath',
  'queriesFilePath',
  'mutationsFilePath',
  'subscriptionsFilePath',
  'fragmentsFilePath',
] as const;

function unknownMember(
  value: JsonRecord,
  union: string,
  path: string,
  diagnostics: Diagnostic[],
): boolean {
  const member = own(value, '$unknown');
  if (member === undefined) return false;
  const name =
    Array.isArray(member) && typeof member[0] === 'string' ? member[0] : describeValue(member);
  diagnostics.push(diagnostic('UnknownUnionMember', path + '/$unknown', { union, member: name }));
  return true;
}

function readGraphQLConfig(value: unknown, path: string, diagnostics: Diagnostic[]): ApiIR {
  const config = isRecord(value) ? value : {};
  if (!isRecord(value)) {
    diagnostics.push(
      diagnostic('InvalidValue', path, {
        subject: 'graphQLConfig',
        expected: 'an object',
        actual: describeValue(value),
      }),
    );
  }
  const paths = Object.fromEntries(
    GRAPHQL_PATHS.map((key) => {
      const p = own(config, key);
      if (p !== undefined && typeof p !== 'string') {
        diagnostics.push(
          diagnostic('InvalidValue', `${path}/${key}`, {
            subject: `graphQLConfig.${key}`,
            expected: 'a path string',
            actual: describeValue(p),
          }),
        );
      }
      return [key, typeof p === 'string' ? p : ''];
    }),
  ) as GraphQLPaths;
  return graphQLTargets(paths, path, diagnostics);
}

function readApi(value: unknown, path: string, diagnostics: Diagnostic[]): ApiIR {
  if (value === undefined || value === null) {
    diagnostics.push(diagnostic('DefaultApiConfiguration', path, {}));
    return DEFAULT_RENDER.api;
  }
  if (!isRecord(value)) {
    diagnostics.push(
      diagnostic('InvalidValue', path, {
        subject: 'apiConfiguration',
        expected: 'an object',
        actual: describeValue(value),
      }),
    );
    return DEFAULT_RENDER.api;
  }
  if (unknownMember(value, 'renderConfig.react.apiConfiguration', path, diagnostics))
    return DEFAULT_RENDER.api;
  const members = entries(value).filter(([, v]) => v !== undefined && v !== null);
  if (members.length === 0) {
    diagnostics.push(diagnostic('DefaultApiConfiguration', path, {}));
    return DEFAULT_RENDER.api;
  }
  if (members.length > 1) {
    diagnostics.push(
      diagnostic('AmbiguousUnion', path, {
        union: 'apiConfiguration',
        members: members.map(([k]) => k).join(', '),
      }),
    );
    return DEFAULT_RENDER.api;
  }
  const [key, member] = members[0] as [string, unknown];
  if (key === 'graphQLConfig')
    return readGraphQLConfig(member, `${path}/graphQLConfig`, diagnostics);
  if (key === 'dataStoreConfig') return { kind: 'dataStore', directory: MODELS_DIRECTORY };
  if (key === 'noApiConfig') return noApiTargets(`${path}/noApiConfig`);
  diagnostics.push(
    diagnostic('UnknownUnionMember', `${path}/${key}`, {
      union: 'renderConfig.react.apiConfiguration',
      member: key,
    }),
  );
  return DEFAULT_RENDER.api;
}

function readChoice<K extends keyof typeof CHOICES>(
  react: JsonRecord,
  key: K,
  diagnostics: Diagnostic[],
): (typeof CHOICES)[K][number] {
  const value = own(react, key);
  if (value === undefined || value === null) return DEFAULT_CHOICES[key];
  const allowed: readonly string[] = CHOICES[key];
  if (typeof value === 'string' && allowed.includes(value))
    return value as (typeof CHOICES)[K][number];
  diagnostics.push(
    diagnostic('InvalidRenderOption', `/renderConfig/react/${key}`, {
      option: key,
      value: typeof value === 'string' ? value : describeValue(value),
      allowed: allowed.join(', '),
    }),
  );
  return DEFAULT_CHOICES[key];
}

function readFlag(
  react: JsonRecord,
  key: 'renderTypeDeclarations' | 'inlineSourceMap',
  diagnostics: Diagnostic[],
): boolean {
  const value = own(react, key);
  if (value === undefined || value === null) return false;
  if (typeof value === 'boolean') return value;
  diagnostics.push(
    diagnostic('InvalidValue', `/renderConfig/react/${key}`, {
      subject: `renderConfig.react.${key}`,
      expected: 'a boolean',
      actual: describeValue(value),
    }),
  );
  return false;
}

function readRenderDependencies(
  value: unknown,
  diagnostics: Diagnostic[],
): Readonly<Record<string, string>> {
  if (value === undefined || value === null) return {};
  if (!isRecord(value)) {
    diagnostics.push(
      diagnostic('InvalidValue', '/renderConfig/react/dependencies', {
        subject: 'renderConfig.react.dependencies',
        expected: 'an object of version strings',
        actual: describeValue(value),
      }),
    );
    return {};
  }
  const valid = entries(value).filter(([name, version]) => {
    if (typeof version === 'string') return true;
    diagnostics.push(
      diagnostic('InvalidValue', `/renderConfig/react/dependencies${jsonPointer(name)}`, {
        subject: `renderConfig.react.dependencies.${name}`,
        expected: 'a version string',
        actual: describeValue(version),
      }),
    );
    return false;
  });
  // Object.fromEntries defines own properties, so a `__proto__` package name stays a plain key.
  return Object.fromEntries(valid) as Record<string, string>;
}

/** Reads `job.renderConfig` (paths relative to the job object); missing parts take AWS's defaults. */
export function readRenderConfig(value: unknown, diagnostics: Diagnostic[]): RenderIR {
  if (value === undefined || value === null) {
    diagnostics.push(diagnostic('DefaultApiConfiguration', '/renderConfig', {}));
    return DEFAULT_RENDER;
  }
  if (!isRecord(value)) {
    diagnostics.push(
      diagnostic('InvalidValue', '/renderConfig', {
        subject: 'renderConfig',
        expected: 'an object',
        actual: describeValue(value),
      }),
    );
    return DEFAULT_RENDER;
  }
  if (unknownMember(value, 'renderConfig', '/renderConfig', diagnostics)) return DEFAULT_RENDER;
  const react = own(value, 'react');
  if (!isRecord(react)) {
    diagnostics.push(
      diagnostic('InvalidValue', '/renderConfig/react', {
        subject: 'renderConfig.react',
        expected: 'an object',
        actual: describeValue(react),
      }),
    );
    return DEFAULT_RENDER;
  }
  return {
    output: outputForm({
      script: readChoice(react, 'script', diagnostics),
      target: readChoice(react, 'target', diagnostics),
      module: readChoice(react, 'module', diagnostics),
      renderTypeDeclarations: readFlag(react, 'renderTypeDeclarations', diagnostics),
      inlineSourceMap: readFlag(react, 'inlineSourceMap', diagnostics),
    }),
    api: readApi(
      own(react, 'apiConfiguration'),
      '/renderConfig/react/apiConfiguration',
      diagnostics,
    ),
    dependencies: readRenderDependencies(own(react, 'dependencies'), diagnostics),
  };
}
