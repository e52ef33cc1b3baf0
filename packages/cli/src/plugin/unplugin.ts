import { createUnplugin, type UnpluginInstance, type UnpluginOptions } from 'unplugin';
import type { Logger } from '../api/options.js';
import { createStderrLogger } from '../commands/logger.js';
import type { OutcomeSink } from '../watch/outcome-reporter.js';
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
  // The bundler's own logger once it is known (Vite's, webpack's), else stderr.
  let log: Pick<OutcomeSink, 'info' | 'warn'> = prefixed(createStderrLogger('normal'));
  const runner = createPluginRunner(options, () => log);

  if (meta.framework === 'webpack' || meta.framework === 'rspack') {
    const attach = (compiler: unknown) => {
      const webpackCompiler = compiler as WebpackLikeCompiler;
      log = webpackCompiler.getInfrastructureLogger(PLUGIN_NAME);
      attachWebpackCompiler(webpackCompiler, runner);
    };
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
        log = {
          info: (line) => config.logger.info(`[${PLUGIN_NAME}] ${line}`, { timestamp: true }),
          warn: (text) => config.logger.warn(text, { timestamp: true }),
        };
      },
      configureServer(server) {
        dev = attachViteDevServer(server, runner);
      },
    },
  };
});

/** The stderr logger, with each line naming the plugin. */
function prefixed(logger: Logger): Pick<OutcomeSink, 'info' | 'warn'> {
  return {
    info: (line) => logger.info(`[${PLUGIN_NAME}] ${line}`),
    warn: (text) => logger.warn(text),
  };
}
