import { pipeline, Transform, type Readable, type TransformCallback } from 'node:stream';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { RequestLimitError, type RequestPolicy } from './request-policy.js';

type HandleArgs = Parameters<NodeHttpHandler['handle']>;
type HandleResult = Awaited<ReturnType<NodeHttpHandler['handle']>>;

/**
 * The SDK's Node HTTP handler under a {@link RequestPolicy}: one deadline per request that covers
 * connecting, the headers and the whole body, and a byte count on the body as it streams. Give it
 * to any SDK client as `requestHandler`.
 */
export class PolicyHttpHandler {
  readonly metadata = { handlerProtocol: 'http/1.1' };
  readonly #inner: NodeHttpHandler;
  readonly #policy: RequestPolicy;

  constructor(policy: RequestPolicy) {
    this.#policy = policy;
    // No inner request timeout: it measures silence between bytes, which the deadline in
    // `handle` covers, and two timers racing would give two different errors.
    this.#inner = new NodeHttpHandler({ connectionTimeout: policy.connectionTimeoutMs });
  }

  /** Sends one request; rejects, or errors the body, with a {@link RequestLimitError}. */
  async handle(request: HandleArgs[0], options: HandleArgs[1] = {}): Promise<HandleResult> {
    const { timeoutMs, maxResponseBytes } = this.#policy;
    const deadline = new AbortController();
    const timeoutError = new RequestLimitError(
      'timeout',
      timeoutMs,
      `no complete response within ${timeoutMs / 1000}s`,
    );
    const outer = options.abortSignal as AbortSignal | undefined;
    const onOuterAbort = () => deadline.abort(outer?.reason);
    if (outer?.aborted) onOuterAbort();
    else outer?.addEventListener?.('abort', onOuterAbort, { once: true });
    // The body stream, once there is one: the deadline destroys it too.
    const streaming: { body?: Readable } = {};
    const timer = setTimeout(() => {
      deadline.abort(timeoutError);
      streaming.body?.destroy(timeoutError);
    }, timeoutMs);
    timer.unref();
    const done = () => {
      clearTimeout(timer);
      outer?.removeEventListener?.('abort', onOuterAbort);
    };
    let result: HandleResult;
    try {
      result = await this.#inner.handle(request, { ...options, abortSignal: deadline.signal });
    } catch (error) {
      done();
      throw deadline.signal.reason === timeoutError ? timeoutError : error;
    }
    const { response } = result;
    const declared = Number(response.headers['content-length'] ?? Number.NaN);
    const source = response.body as Readable;
    if (declared > maxResponseBytes) {
      done();
      source.destroy();
      throw tooLarge(maxResponseBytes);
    }
    const counted = countBytes(maxResponseBytes);
    counted.on('close', done);
    streaming.body = counted;
    // pipeline: an error on either side (a limit, a reset) destroys both, and so the socket.
    response.body = pipeline(source, counted, () => {});
    if (deadline.signal.aborted) counted.destroy(timeoutError);
    return result;
  }

  updateHttpClientConfig(...args: Parameters<NodeHttpHandler['updateHttpClientConfig']>): void {
    this.#inner.updateHttpClientConfig(...args);
  }

  httpHandlerConfigs(): ReturnType<NodeHttpHandler['httpHandlerConfigs']> {
    return this.#inner.httpHandlerConfigs();
  }

  destroy(): void {
    this.#inner.destroy();
  }
}

function tooLarge(maxResponseBytes: number): RequestLimitError {
  return new RequestLimitError(
    'response-size',
    maxResponseBytes,
    `the response is larger than ${maxResponseBytes} bytes`,
  );
}

/** Passes bytes through until more than `max` have gone by, then errors. */
function countBytes(max: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
      seen += chunk.length;
      if (seen > max) callback(tooLarge(max));
      else callback(null, chunk);
    },
  });
}
