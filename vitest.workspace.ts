/**
 * The test projects, one per package (and one for the examples). `vitest.config.ts` loads this
 * file explicitly, because vitest 4 no longer picks up a file of this name by itself.
 */
const packageProject = (name: string, timeoutMs = 60_000, isolate = true) => ({
  test: {
    name,
    root: `./packages/${name}`,
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: timeoutMs,
    hookTimeout: timeoutMs,
    // The pure-function packages share one module graph per worker instead of importing
    // ts-morph, prettier and graphql-js again for every file (CONTRIBUTING.md, "Tests"): their
    // tests hold no module state but caches, and environment stubs are undone after each test.
    isolate,
    unstubEnvs: true,
  },
});

export const projects = [
  packageProject('core', 60_000, false),
  packageProject('transform', 60_000, false),
  packageProject('fetch', 60_000, false),
  packageProject('emit', 180_000, false),
  packageProject('cli', 300_000),
  {
    test: {
      name: 'examples',
      root: './examples',
      include: ['*/test/**/*.test.ts'],
      testTimeout: 300_000,
      hookTimeout: 300_000,
    },
  },
];

export default projects;
