import { constants } from 'node:os';

/** The signals that stop a run between files: Ctrl-C, `kill`, a closed terminal. */
const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** The abort reason when a signal stopped the run; the exit code follows the signal. */
export class SignalReceived extends Error {
  override readonly name = 'AbortError';
  constructor(readonly signalName: NodeJS.Signals) {
    super(`Interrupted by ${signalName}`);
  }

  /** 128 + the signal's number, the shell's convention: 130, 143, 129. */
  get exitCode(): number {
    return 128 + constants.signals[this.signalName];
  }
}

/**
 * For the bin only (a library leaves its host's signals alone): the first SIGINT, SIGTERM or
 * SIGHUP aborts the returned signal, which `generate()` honours between stages and between files;
 * a second one gets Node's default handling and ends the process at once.
 */
export function stopOnSignals(): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController();
  const handlers = STOP_SIGNALS.map((name) => {
    const handler = () => controller.abort(new SignalReceived(name));
    process.once(name, handler);
    return [name, handler] as const;
  });
  return {
    signal: controller.signal,
    dispose: () => handlers.forEach(([name, handler]) => process.removeListener(name, handler)),
  };
}
