import react from '@vitejs/plugin-react';
import { uibuilderCodegen } from 'uibuilder-codegen/plugin';
import { defineConfig } from 'vite';

// https://vite.dev/config/
export default defineConfig({
  // Generates src/API.ts and src/graphql/*.ts from the codegen job that
  // uibuilder-codegen.config.ts names, before anything imports them, and again in `vite dev`
  // whenever the job or the config changes.
  plugins: [uibuilderCodegen.vite(), react()],
});
