import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { collectGarbage } from './collect-garbage.js';

const host = globalThis as { gc?: () => void };
const original = host.gc;
afterEach(() => {
  if (original === undefined) delete host.gc;
  else host.gc = original;
});

describe('collectGarbage', () => {
  it("calls the host's gc when the host exposes one", () => {
    let calls = 0;
    host.gc = () => (calls += 1);
    collectGarbage();
    expect(calls).toBe(1);
  });

  it('without one, does nothing and changes no V8 flag (new contexts still have no gc)', () => {
    // In a process of its own: the CLI's expose-gc test, which may share this worker's process
    // (the projects do not isolate files), exposes gc there on purpose.
    const built = new URL('../../dist/api/collect-garbage.js', import.meta.url).href;
    const script = [
      "import { runInNewContext } from 'node:vm';",
      `const { collectGarbage } = await import(${JSON.stringify(built)});`,
      'collectGarbage();',
      "console.log(typeof globalThis.gc, runInNewContext('typeof gc'));",
    ].join('\n');
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe('undefined undefined');
  });
});
