import type { Compiler } from 'webpack';
import { PLUGIN_NAME, type BundlerError } from './bundler-error.js';
import type { PluginRunner } from './plugin-runner.js';

/** The part of a webpack (or Rspack) compiler the plugin uses. */
export type WebpackLikeCompiler = Pick<
  Compiler,
  'context' | 'hooks' | 'modifiedFiles' | 'removedFiles' | 'webpack' | 'getInfrastructureLogger'
>;

/**
 * Hooks the runner into a webpack or Rspack compiler. Generation runs in `beforeRun` and
 * `watchRun`, which webpack awaits before it resolves any module (unplugin's `buildStart` runs in
 * `make`, alongside the entries). The inputs become file dependencies of each compilation, so
 * webpack's watcher reports their changes; a failure is a compilation error, which fails a build,
 * shows in webpack-dev-server's overlay, and keeps a watch running.
 */
export function attachWebpackCompiler(compiler: WebpackLikeCompiler, runner: PluginRunner): void {
  runner.setRoot(compiler.context);
  let error: BundlerError | undefined;
  const generate = async (changed: Iterable<string>) => {
    for (const file of changed) runner.session().noteChange(file);
    error = await runner.generateIfStale();
  };
  compiler.hooks.beforeRun.tapPromise(PLUGIN_NAME, () => generate([]));
  compiler.hooks.watchRun.tapPromise(PLUGIN_NAME, (watching) =>
    generate([...(watching.modifiedFiles ?? []), ...(watching.removedFiles ?? [])]),
  );
  compiler.hooks.thisCompilation.tap(PLUGIN_NAME, (compilation) => {
    for (const file of runner.session().inputs) compilation.fileDependencies.add(file);
    if (error) {
      const webpackError = new compiler.webpack.WebpackError(error.message);
      webpackError.stack = error.message;
      compilation.errors.push(webpackError);
    }
  });
}
