import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cliVersion } from './cli-version.js';

const { version } = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
) as { version: string };

describe('cliVersion', () => {
  it('finds the package.json from src, from tsc-style dist and from a bundle chunk', () => {
    expect(cliVersion()).toBe(version);
    for (const at of ['../../dist/commands/program.js', '../../dist/chunks/program-x.js']) {
      expect(cliVersion(new URL(at, import.meta.url).href)).toBe(version);
    }
  });

  it('fails plainly outside the package', () => {
    expect(() => cliVersion(pathToFileURL(`${tmpdir()}/x/y.js`).href)).toThrow(
      /no uibuilder-codegen package.json above/,
    );
  });
});
