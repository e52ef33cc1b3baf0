import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const exampleDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.resolve(exampleDir, '../../packages/cli/dist/bin.js');

describe('the DataStore example (script jsx, dataStoreConfig)', () => {
  it('committed output equals a fresh generation (generate --check)', () => {
    const check = () =>
      execFileSync(
        process.execPath,
        [
          bin,
          'generate',
          '--check',
          '--job-file',
          'codegen-job.json',
          '--root',
          '.',
          '--out',
          'src/ui-components',
        ],
        { cwd: exampleDir, stdio: 'pipe', env: { ...process.env, NO_COLOR: '1' } },
      );
    expect(check).not.toThrow();
  });
});
