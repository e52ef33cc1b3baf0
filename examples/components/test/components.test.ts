import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { startLocalServer } from '@uibuilder-codegen/fetch/local-server';
import type { CodegenJob } from '@uibuilder-codegen/core';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

const exampleDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.resolve(exampleDir, '../../packages/cli/dist/bin.js');
const componentsDir = path.join(exampleDir, 'src/ui-components');
const temporary: string[] = [];
afterAll(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/**
 * A checked TypeScript file that repeats every import the forms (`.jsx`, which `tsc` does not
 * check) make from our files (`../API`, `../graphql/...`): each named import must exist there.
 */
function importProbe(): string {
  const lines: string[] = [];
  for (const name of readdirSync(componentsDir).filter((file) => file.endsWith('.jsx'))) {
    const file = path.join(componentsDir, name);
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
    for (const statement of source.statements) {
      if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier))
        continue;
      const specifier = statement.moduleSpecifier.text;
      if (!specifier.startsWith('../')) continue;
      const bindings = statement.importClause?.namedBindings;
      const names = bindings && ts.isNamedImports(bindings) ? bindings.elements : [];
      const target = JSON.stringify(path.resolve(componentsDir, specifier));
      for (const element of names)
        lines.push(
          `export { ${element.name.text} as ${name.replace(/\W/g, '_')}_${element.name.text} } from ${target};`,
        );
    }
  }
  return lines.join('\n') + '\n';
}

function typeCheck(): string[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'components-probe-'));
  temporary.push(dir);
  const probe = path.join(dir, 'probe.ts');
  const probeText = importProbe();
  writeFileSync(probe, probeText);
  expect(probeText).toContain('listAuthors');
  const configFile = path.join(exampleDir, 'tsconfig.json');
  const config = ts.getParsedCommandLineOfConfigFile(
    configFile,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (config === undefined) throw new Error('no tsconfig');
  const program = ts.createProgram([...config.fileNames, probe], config.options);
  return ts
    .getPreEmitDiagnostics(program)
    .map(
      (d) => `${d.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`,
    );
}

describe('the components example', () => {
  it('generate --components against the local server reproduces the committed tree (--check)', async () => {
    const job = (
      JSON.parse(readFileSync(path.join(exampleDir, 'codegen-job.json'), 'utf8')) as {
        job: CodegenJob;
      }
    ).job;
    const zip = readFileSync(path.join(exampleDir, 'asset/blog-components.zip'));
    const server = await startLocalServer({ jobs: [job], assets: () => zip });
    try {
      const { stderr } = await promisify(execFile)(
        process.execPath,
        [
          bin,
          'generate',
          '--endpoint',
          server.url,
          '--app-id',
          job.appId ?? '',
          '--environment',
          job.environmentName ?? '',
          '--job-id',
          job.id ?? '',
          '--components',
          '--check',
        ],
        {
          cwd: exampleDir,
          env: {
            ...process.env,
            NO_COLOR: '1',
            AWS_ACCESS_KEY_ID: 'AKIDLOCAL',
            AWS_SECRET_ACCESS_KEY: 'local',
            AWS_REGION: 'us-east-1',
          },
        },
      );
      expect(stderr).toContain('All 32 files are up to date');
    } finally {
      await server.close();
    }
  });

  it('AWS-rendered forms, our types and statements, and a consumer type-check together', () => {
    expect(typeCheck()).toEqual([]);
  });
});
