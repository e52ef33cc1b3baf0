import { defineConfig } from 'uibuilder-codegen';

// Found by the plugin (and the CLI) from Vite's root. Paths resolve against this file's directory.
export default defineConfig({
  job: { file: '../blog/codegen-job.json' },
  outDir: 'src/ui-components',
});
