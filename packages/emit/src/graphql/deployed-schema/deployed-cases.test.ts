import { buildASTSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { emitFiles } from '../../emit-files.js';
import type { GeneratedFile } from '../../generated-file.js';
import { typeCheck } from '../../test-support/compile.js';
import { declaredMembers } from '../test-support/declared-members.js';
import {
  DEPLOYED_CASES,
  deployedCase,
  exportedDocuments,
  normalisedDocument as normalised,
} from '../test-support/deployed-cases.js';

const KINDS = [
  { file: 'queries', brand: 'Query' },
  { file: 'mutations', brand: 'Mutation' },
  { file: 'subscriptions', brand: 'Subscription' },
] as const;

function statementsFile(files: readonly GeneratedFile[], kind: string): string {
  return files.find((f) => f.path === `../graphql/${kind}.ts`)?.contents ?? '';
}

describe.each(DEPLOYED_CASES)('with the deployed API schema of %s', (name) => {
  const { ir, apiSchema, awsStatements, awsTypes } = deployedCase(name);
  const { files, diagnostics } = emitFiles(ir, { maxDepth: 3, apiSchema });
  const graphQLSchema = buildASTSchema(apiSchema.document);

  it('agrees with the job: no diagnostic about the schema', () => {
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it.each(KINDS)(
    "writes AWS's $file documents, name for name, after parse and print",
    ({ file }) => {
      const ours = exportedDocuments(statementsFile(files, file));
      const aws = exportedDocuments(awsStatements.get(file) ?? '');
      expect(aws.size).toBeGreaterThan(0);
      expect([...ours.keys()]).toEqual([...aws.keys()]);
      for (const [exportName, document] of aws)
        expect(normalised(ours.get(exportName) ?? ''), exportName).toBe(normalised(document));
    },
  );

  it('writes documents that all validate against the deployed schema', () => {
    const documents = KINDS.flatMap(({ file }) => [
      ...exportedDocuments(statementsFile(files, file)).values(),
    ]);
    expect(documents.length).toBeGreaterThan(10);
    for (const document of documents) expect(validate(graphQLSchema, parse(document))).toEqual([]);
  });

  it("declares what AWS's generateTypes declares: names, members, optionality", () => {
    const ours = declaredMembers(files.find((f) => f.path === '../API.ts')?.contents ?? '');
    const aws = declaredMembers(awsTypes);
    expect(aws.size).toBeGreaterThan(20);
    expect([...ours.keys()].sort()).toEqual([...aws.keys()].sort());
    for (const [name, members] of aws) expect(ours.get(name), name).toEqual(members);
  });

  it('writes a types file that compiles strict with a consumer of every statement', () => {
    const uses = KINDS.flatMap(({ file, brand }) =>
      [...exportedDocuments(statementsFile(files, file)).keys()].map(
        (exportName) => `void use${brand}(${file}.${exportName}).${exportName};`,
      ),
    );
    const declarations = KINDS.map(
      ({ file, brand }) =>
        `import * as ${file} from '../graphql/${file}';\n` +
        `declare function use${brand}<V, R>(q: string & { __generated${brand}Input: V; __generated${brand}Output: R }): R;`,
    );
    const consumer = `${declarations.join('\n')}\nexport function all(): void {\n${uses.join('\n')}\n}\n`;
    const typed = files.filter((f) => f.path.endsWith('.ts'));
    expect(typeCheck(typed, consumer).diagnostics).toEqual([]);
  });
});
