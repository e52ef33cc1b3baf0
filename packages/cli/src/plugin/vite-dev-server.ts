import type { ViteDevServer } from 'vite';
import { createChangeQueue, type ChangeQueue } from '../watch/change-queue.js';
import type { RunOutcome } from '../watch/generation-session.js';
import { PLUGIN_NAME, type BundlerError } from './bundler-error.js';
import type { PluginRunner } from './plugin-runner.js';

/** The dev-server side of the Vite plugin: what `configureServer` and `buildStart` hand it. */
export interface ViteDevSession {
  /** Shows the outcome of the first run (started by `buildStart`) without failing the server. */
  settle(outcome: RunOutcome): void;
  /** Stops regenerating; resolves when the run in flight has ended. */
  close(): Promise<void>;
}

/**
 * Regenerates while Vite serves: the inputs are added to Vite's watcher, a change to one of them
 * regenerates (debounced), and Vite's own watcher then reloads the generated modules that changed.
 * A failure goes to the terminal and to the browser's error overlay (also for pages opened later);
 * the next good run reloads the page, which clears the overlay.
 */
export function attachViteDevServer(server: ViteDevServer, runner: PluginRunner): ViteDevSession {
  let failure: BundlerError | undefined;
  const showFailure = () => {
    if (!failure) return;
    server.ws.send({
      type: 'error',
      err: {
        message: failure.message,
        stack: '',
        plugin: PLUGIN_NAME,
        ...(failure.id ? { id: failure.id } : {}),
        ...(failure.loc ? { loc: failure.loc } : {}),
      },
    });
  };
  const settle = (outcome: RunOutcome) => {
    void server.watcher.add([...outcome.inputs]);
    const error = runner.settle(outcome);
    if (error) {
      server.config.logger.error(error.message, { timestamp: true });
      failure = error;
      showFailure();
    } else if (failure) {
      failure = undefined;
      server.ws.send({ type: 'full-reload' });
    }
  };
  const queue: ChangeQueue = createChangeQueue(runner.session(), settle);
  server.watcher.on('all', (_event: string, file: string) => queue.notify(file));
  server.ws.on('connection', showFailure);
  return { settle, close: () => queue.close() };
}
