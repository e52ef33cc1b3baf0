import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AmplifyFormRenderer } from '@aws-amplify/codegen-ui-react';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

// AWS's own UI Builder renderer (@aws-amplify/codegen-ui-react) renders the blog job's create and
// update forms for the GraphQL API, next to the blog example's committed output; the compiler
// must resolve every name the forms import from our files, and report nothing in our files or at
// those imports. React, Amplify UI and aws-amplify are not installed here, so the forms' own
// code has diagnostics (modules not found, implicit anys): those are not ours.

const exampleDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const blogDir = path.resolve(exampleDir, '../blog');
const job = JSON.parse(readFileSync(path.join(blogDir, 'codegen-job.json'), 'utf8')).job as {
  renderConfig: { react: { dependencies: Record<string, string> } };
  genericDataSchema: { models: Record<string, Fields>; nonModels?: Record<string, Fields> };
};
type Fields = { fields: Record<string, Record<string, unknown>> } & Record<string, unknown>;

/**
 * The job's schema in the renderer's shape: the API writes `dataType: "Model"` plus
 * `dataTypeValue`, the renderer reads `dataType: { model: … }` (likewise enums and non-models).
 */
function rendererSchema() {
  const convert = (type: Fields): Fields => ({
    ...type,
    fields: Object.fromEntries(
      Object.entries(type.fields).map(([name, { dataTypeValue, ...field }]) => {
        const wrap = { Model: 'model', NonModel: 'nonModel', Enum: 'enum' }[
          String(field['dataType'])
        ];
        return [name, { ...field, dataType: wrap ? { [wrap]: dataTypeValue } : field['dataType'] }];
      }),
    ),
  });
  const convertAll = (types: Record<string, Fields> = {}) =>
    Object.fromEntries(Object.entries(types).map(([name, type]) => [name, convert(type)]));
  const schema = job.genericDataSchema;
  return { ...schema, models: convertAll(schema.models), nonModels: convertAll(schema.nonModels) };
}

const root = mkdtempSync(path.join(os.tmpdir(), 'uibuilder-forms-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
cpSync(path.join(blogDir, 'src'), path.join(root, 'src'), { recursive: true });
const componentDir = path.join(root, 'src', 'ui-components');
mkdirSync(componentDir, { recursive: true });

const renderConfig = {
  script: ts.ScriptKind.TSX,
  target: ts.ScriptTarget.ES2020,
  module: ts.ModuleKind.ES2020,
  renderTypeDeclarations: false,
  dependencies: job.renderConfig.react.dependencies,
  apiConfiguration: {
    dataApi: 'GraphQL',
    typesFilePath: '../API',
    queriesFilePath: '../graphql/queries',
    mutationsFilePath: '../graphql/mutations',
    subscriptionsFilePath: '../graphql/subscriptions',
    fragmentsFilePath: '../graphql/fragments',
  },
} as const;

const forms = Object.keys(job.genericDataSchema.models).flatMap((model) =>
  (['create', 'update'] as const).map((action) => {
    const name = `${model}${action === 'create' ? 'Create' : 'Update'}Form`;
    const definition = {
      id: name,
      name,
      formActionType: action,
      dataType: { dataSourceType: 'DataStore', dataTypeName: model },
      fields: {},
      sectionalElements: {},
      style: {},
      cta: {},
    };
    const renderer = new AmplifyFormRenderer(
      definition as never,
      rendererSchema() as never,
      renderConfig as never,
      { isNonModelSupported: true, isRelationshipSupported: true },
    );
    const file = path.join(componentDir, `${name}.tsx`);
    writeFileSync(file, renderer.renderComponentInternal().componentText);
    return file;
  }),
);

/** Our files: everything the blog example generated, outside the component directory. */
const isOurs = (file: string) =>
  file.startsWith(path.join(root, 'src')) && !file.startsWith(componentDir);

describe('UI Builder forms rendered by @aws-amplify/codegen-ui-react for the blog job', () => {
  const program = ts.createProgram(forms, {
    strict: true,
    noEmit: true,
    jsx: ts.JsxEmit.ReactJSX,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    skipLibCheck: false,
    types: [],
  });
  const checker = program.getTypeChecker();
  // The diagnostics of every file outside node_modules (the forms and ours): those of the
  // libraries and of TypeScript's lib files are not looked at below, and checking them all took
  // most of this program's time.
  const diagnostics = [
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...program
      .getSourceFiles()
      .filter((file) => !file.fileName.includes('/node_modules/'))
      .flatMap((file) => [
        ...program.getSyntacticDiagnostics(file),
        ...program.getSemanticDiagnostics(file),
      ]),
  ];

  it('renders a create and an update form for every model', () => {
    expect(forms).toHaveLength(2 * Object.keys(job.genericDataSchema.models).length);
  });

  it('resolves every name the forms import from our files to a declaration in them', () => {
    let resolved = 0;
    for (const file of forms) {
      const source = program.getSourceFile(file)!;
      for (const statement of source.statements) {
        if (!ts.isImportDeclaration(statement)) continue;
        const specifier = (statement.moduleSpecifier as ts.StringLiteral).text;
        if (!/^\.\.\/(API|graphql\/)/.test(specifier)) continue;
        const bindings = statement.importClause?.namedBindings;
        expect(bindings && ts.isNamedImports(bindings), `${file}: ${specifier}`).toBe(true);
        for (const element of (bindings as ts.NamedImports).elements) {
          const symbol = checker.getAliasedSymbol(checker.getSymbolAtLocation(element.name)!);
          const declared = symbol.declarations?.[0]?.getSourceFile().fileName ?? '';
          expect(isOurs(declared), `${element.name.text} from ${specifier}`).toBe(true);
          resolved += 1;
        }
      }
    }
    expect(resolved).toBeGreaterThan(forms.length * 2);
  });

  it('has diagnostics only in the forms’ own code: none in our files, none at imports of them', () => {
    const at = (d: ts.Diagnostic) => {
      const file = d.file!;
      const line = file.getLineAndCharacterOfPosition(d.start ?? 0).line;
      return { file: file.fileName, text: file.text.split('\n')[line] ?? '' };
    };
    const ours = diagnostics
      .filter((d) => d.file !== undefined)
      .map((d) => ({ ...at(d), message: ts.flattenDiagnosticMessageText(d.messageText, '\n') }))
      .filter(
        ({ file, text, message }) =>
          isOurs(file) ||
          /from "\.\.\/(API|graphql\/)/.test(text) ||
          /"\.\.\/(API|graphql)/.test(message),
      );
    expect(ours).toEqual([]);
    expect(diagnostics.every((d) => d.file !== undefined)).toBe(true);
  });
});
