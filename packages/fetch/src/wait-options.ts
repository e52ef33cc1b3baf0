/** One progress report while waiting for a job to leave `in_progress`. */
export interface WaitProgress {
  /** The job being waited for. */
  jobId: string;
  /** Its status at the last poll (`in_progress`). */
  status: string;
  /** Requests made so far, counting the first. */
  polls: number;
  /** Time since waiting began. */
  elapsedMs: number;
  /** When the next poll happens. */
  nextPollInMs: number;
  /** A line ready for stderr: `Codegen job j is in_progress (12s elapsed); checking again in 4s`. */
  message: string;
}

/** How to wait for a job that is `in_progress`. */
export interface WaitOptions {
  /** The longest time to wait, in seconds, before failing with `JobWaitTimeout`. */
  timeoutSeconds: number;
  /**
   * Called before each pause between polls (the CLI prints `message` to stderr).
   * @default none
   */
  onProgress?: (progress: WaitProgress) => void;
  /**
   * The first pause between polls; each later pause doubles, up to `maxDelayMs`.
   * @default 2000
   */
  initialDelayMs?: number;
  /**
   * The longest pause between polls.
   * @default 15000
   */
  maxDelayMs?: number;
}

/** The defaults that {@link WaitOptions} documents. */
export const WAIT_DEFAULTS = { initialDelayMs: 2_000, maxDelayMs: 15_000 } as const;
