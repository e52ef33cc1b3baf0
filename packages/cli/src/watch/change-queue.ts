import type { GenerationSession, RunOutcome } from './generation-session.js';

/** How long a burst of changes must be quiet before it regenerates (editors save in steps). */
export const DEFAULT_DEBOUNCE_MS = 100;

/** Turns file-change events into regenerations: one per burst of changes to the session's inputs. */
export interface ChangeQueue {
  /** A file changed; ignored unless it is one of the session's inputs. */
  notify(file: string): void;
  /** Stops scheduling runs and resolves once the last scheduled run has finished. */
  close(): Promise<void>;
}

/** A debounced queue over `session`; `onOutcome` hears every run it starts, in order. */
export function createChangeQueue(
  session: GenerationSession,
  onOutcome: (outcome: RunOutcome) => void | Promise<void>,
  debounceMs = DEFAULT_DEBOUNCE_MS,
): ChangeQueue {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last: Promise<void> = Promise.resolve();
  let closed = false;
  return {
    notify(file) {
      if (closed || !session.noteChange(file)) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        last = session.run().then(onOutcome);
      }, debounceMs);
    },
    async close() {
      closed = true;
      clearTimeout(timer);
      await last;
    },
  };
}
