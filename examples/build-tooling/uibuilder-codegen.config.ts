import { defineConfig } from 'uibuilder-codegen';

// Paths resolve against this file's directory.
export default defineConfig({
  job: { file: '../blog/codegen-job.json' },
  outDir: 'generated/ui-components',
  maxDepth: 3,
});
