import { createUnplugin, type UnpluginInstance, type UnpluginOptions } from 'unplugin';
import type { Logger as ViteLogger } from 'vite';
import { createStderrLogger } from '../commands/logger.js';
import { PLUGIN_NAME } from './bundler-error.js';
import type { PluginOptions } from './plugin-options.js';
import { createPluginRunner } from './plugin-runner.js';
import { attachViteDevServer, type ViteDevSession } from './vite-dev-server.js';
import { attachWebpackCompiler, type WebpackLikeCompiler } from './webpack-compiler.js';

/**
 * `uibuilder-codegen/plugin`: generates the job's files when the build starts, before any module
 * that imports them is resolved, and again when the config file, the job file or another input
 * changes. One implementation for every bundler unplugin serves:
 * `uibuilderCodegen.vite()`, `.rollup()`, `.rolldown()`, `.webpack()`, `.rspack()`, `.esbuild()`.
 */
export const uibuilderCodegen: UnpluginInstance<PluginOptions | undefined, false> = createUnplugin<
  PluginOptions | undefined,
  false
>((options = {}, meta): UnpluginOptions => {
  let viteLogger: ViteLogger | undefined;
  const stderr = createStderrLogger('normal');
  const runner = createPluginRunner(options, () => ({
    info: (line) =>
      viteLogger
        ? viteLogger.info(`[${PLUGIN_NAME}] ${line}`, { timestamp: true })
        : stderr.info(`[${PLUGIN_NAME}] ${line}`),
    warn: (text) => (viteLogger ? viteLogger.warn(text, { timestamp: true }) : stderr.warn(text)),
  }));

  if (meta.framework === 'webpack' || meta.framework === 'rspack') {
    const attach = (compiler: unknown) =>
      attachWebpackCompiler(compiler as WebpackLikeCompiler, runner);
    return { name: PLUGIN_NAME, webpack: attach, rspack: attach };
  }

  let dev: ViteDevSession | undefined;
  return {
    name: PLUGIN_NAME,
    // Before other plugins' buildStart, so that nothing resolves a generated module first.
    enforce: 'pre',
    async buildStart() {
      if (dev) {
        // Vite's dev server: the first run; later ones follow its watcher. Never fail the server.
        dev.settle(await runner.session().run());
        return;
      }
      if (meta.framework === 'esbuild') {
        // esbuild reports no changes to files it does not load: generate at every (re)build.
        const error = runner.settle(await runner.session().run());
        if (error) throw error;
        return;
      }
      const error = await runner.generateIfStale();
      // Watch the inputs even when this run failed: fixing one of them must rebuild.
      for (const file of runner.session().inputs) this.addWatchFile(file);
      if (error) throw error;
    },
    watchChange(id) {
      runner.session().noteChange(id);
    },
    async buildEnd() {
      await dev?.close();
    },
    vite: {
      configResolved(config) {
        runner.setRoot(config.root);
        viteLogger = config.logger;
      },
      configureServer(server) {
        dev = attachViteDevServer(server, runner);
      },
    },
  };
});
