/** The operations the local server speaks. */
/** The operations the local server speaks. */
export type Operation =
  | 'GetCodegenJob'
  | 'ListCodegenJobs'
  | 'StartCodegenJob'
  /** The GET of a job's presigned asset URL. */
  | 'GetAsset'
  /** AppSync's, on the same server (`appsync-schema-route.ts`). */
  | 'GetIntrospectionSchema'
  /** AmplifyBackend's, on the same server (`backend-models-route.ts`). */
  | 'GetBackendAPIModels';

/** Which requests a fault applies to, and to how many of them. */
export interface FaultMatch {
  /**
   * Only requests for this operation.
   * @default every operation (`in-progress`: `GetCodegenJob`)
   */
  operation?: Operation;
  /**
   * Only requests for this job id.
   * @default every job
   */
  jobId?: string;
  /**
   * How many matching requests the fault applies to; `Infinity` for all of them.
   * @default 1
   */
  times?: number;
}

/** A fault to inject: what the server does instead of (or before) answering normally. */
export type Fault = FaultMatch &
  (
    | { kind: 'not-found'; resource: 'app' | 'environment' | 'job' }
    | { kind: 'throttle' }
    | { kind: 'server-error'; status?: number }
    | { kind: 'error'; status: number; errorType: string; message?: string }
    | { kind: 'slow'; delayMs: number }
    | { kind: 'in-progress' }
    | { kind: 'truncated-body' }
    | { kind: 'non-json-body'; status?: number }
    | { kind: 'connection-reset' }
    | HostileFault
    // Asset faults (`GetAsset`); `not-found`, `server-error`, `slow`, `truncated-body` and
    // `connection-reset` apply to assets too, answered as S3 answers.
    | { kind: 'asset-expired' }
    | { kind: 'corrupt-body' }
    | { kind: 'slow-body'; delayMs: number }
  );

/**
 * Faults of a hostile or broken server, each defeating a different request limit: a body larger
 * than any job (`declareLength` sends its size up front), a body trickled forever, a
 * `ListCodegenJobs` that never ends or repeats its token, a redirect to itself, and an error
 * message that echoes the request's credentials back.
 */
export type HostileFault =
  | { kind: 'huge-body'; bytes: number; declareLength?: boolean }
  | { kind: 'trickle'; intervalMs: number }
  | { kind: 'endless-pages' }
  | { kind: 'repeated-token' }
  | { kind: 'redirect-loop' }
  | { kind: 'echo-secrets' };

/** The names of the fault kinds. */
export type FaultKind = Fault['kind'];

/** A queue of injected faults; each request takes the first fault that matches it. */
export class FaultQueue {
  readonly #faults: { fault: Fault; remaining: number }[] = [];

  add(fault: Fault): void {
    this.#faults.push({ fault, remaining: fault.times ?? 1 });
  }

  clear(): void {
    this.#faults.length = 0;
  }

  /** Takes one use of the first fault that matches, or returns undefined. */
  take(operation: Operation, jobId: string | undefined): Fault | undefined {
    const index = this.#faults.findIndex(({ fault }) => matches(fault, operation, jobId));
    const entry = this.#faults[index];
    if (entry === undefined) return undefined;
    entry.remaining -= 1;
    if (entry.remaining <= 0) this.#faults.splice(index, 1);
    return entry.fault;
  }
}

function matches(fault: Fault, operation: Operation, jobId: string | undefined): boolean {
  const wantedOperation =
    fault.operation ?? (fault.kind === 'in-progress' ? 'GetCodegenJob' : undefined);
  if (wantedOperation !== undefined && wantedOperation !== operation) return false;
  return fault.jobId === undefined || fault.jobId === jobId;
}
