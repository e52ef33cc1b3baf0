// Writes the blog job's render-config variants (each a copy of ../codegen-job.json with another
// renderConfig.react) into ./<name>/codegen-job.json. The examples test checks they are current.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const graphQLConfig = {
  typesFilePath: '../API',
  queriesFilePath: '../graphql/queries',
  mutationsFilePath: '../graphql/mutations',
  subscriptionsFilePath: '../graphql/subscriptions',
  fragmentsFilePath: '../graphql/fragments',
};

/** Each variant: the render-config fields that differ from the main job's. */
export const variants = {
  'graphql-js-dts': {
    script: 'js',
    renderTypeDeclarations: true,
    apiConfiguration: { graphQLConfig },
  },
  'models-tsx': { script: 'tsx', apiConfiguration: { noApiConfig: {} } },
  'models-jsx': {
    script: 'jsx',
    renderTypeDeclarations: false,
    apiConfiguration: { noApiConfig: {} },
  },
  'models-js-dts': {
    script: 'js',
    target: 'es2015',
    renderTypeDeclarations: true,
    apiConfiguration: { noApiConfig: {} },
  },
};

/** The text of one variant's job file. */
export function variantJobText(name) {
  const base = JSON.parse(readFileSync(path.join(here, '../codegen-job.json'), 'utf8'));
  base.job.id = `example-blog-${name}`;
  base.job.renderConfig.react = { ...base.job.renderConfig.react, ...variants[name] };
  return JSON.stringify(base, null, 2) + '\n';
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const name of Object.keys(variants)) {
    mkdirSync(path.join(here, name), { recursive: true });
    writeFileSync(path.join(here, name, 'codegen-job.json'), variantJobText(name));
  }
}
