import { runInNewContext } from 'node:vm';
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
    delete host.gc;
    expect(() => collectGarbage()).not.toThrow();
    expect(runInNewContext('typeof gc')).toBe('undefined');
  });
});
