/**
 * The test projects, one per package (and one for the examples). `vitest.config.ts` loads this
 * file explicitly, because vitest 4 no longer picks up a file of this name by itself.
 */
const packageProject = (name: string, timeoutMs = 60_000) => ({
  test: {
    name,
    root: `./packages/${name}`,
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: timeoutMs,
    hookTimeout: timeoutMs,
    // Each project shares one module graph per worker instead of importing ts-morph, prettier,
    // graphql-js and our packages again for every file (CONTRIBUTING.md, "Tests"). The tests hold
    // no module state but caches; the pure packages undo environment stubs after each test, the
    // CLI's files that stub the environment in `beforeAll` undo it in `afterAll`.
    isolate: false,
    unstubEnvs: name !== 'cli',
  },
});

export const projects = [
  packageProject('core'),
  packageProject('transform'),
  packageProject('fetch'),
  packageProject('emit', 180_000),
  packageProject('cli', 300_000),
  {
    test: {
      name: 'examples',
      root: './examples',
      include: ['*/test/**/*.test.ts'],
      testTimeout: 300_000,
      hookTimeout: 300_000,
      // One module graph per worker here too (TypeScript, prettier, Vite and our packages once):
      // 81.9 s to 60.6 s of CPU for the project (CONTRIBUTING.md, "Tests"). No file stubs the
      // environment or mocks a module.
      isolate: false,
    },
  },
];

export default projects;
