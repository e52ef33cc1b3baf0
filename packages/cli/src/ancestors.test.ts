import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { selfAndAncestors } from './ancestors.js';

describe('selfAndAncestors', () => {
  it('goes from the directory to the root, each once', () => {
    const root = path.parse(process.cwd()).root;
    const dir = path.join(root, 'a', 'b');
    expect([...selfAndAncestors(dir)]).toEqual([dir, path.join(root, 'a'), root]);
    expect([...selfAndAncestors(root)]).toEqual([root]);
  });

  it('resolves a relative directory first', () => {
    expect([...selfAndAncestors('.')][0]).toBe(process.cwd());
  });
});
