import { JobSourceError, ServiceError } from '@uibuilder-codegen/core';

/** Limits of one {@link downloadAsset} call. */
export interface DownloadAssetOptions {
  /** The deadline for the whole download, every attempt and the body included. @default 60000 */
  readonly timeoutMs?: number;
  /** The most bytes the body may have; counted while it streams. @default 52428800 (50 MB) */
  readonly maxBytes?: number;
  /** Attempts in all; a 5xx answer or a dropped connection is tried again. @default 3 */
  readonly maxAttempts?: number;
  /** Cancels the download. */
  readonly signal?: AbortSignal;
}

/** The defaults of {@link DownloadAssetOptions}. */
export const DOWNLOAD_DEFAULTS = {
  timeoutMs: 60_000,
  maxBytes: 50 * 1024 * 1024,
  maxAttempts: 3,
} as const;

const RESOLUTION =
  'The asset URL of a codegen job is presigned and expires: start a new job (`uibuilder-codegen start --wait ...`) and generate from it, or fetch the job again.';

/**
 * Downloads a codegen job's asset (`asset.downloadUrl`, a presigned S3 URL) with a plain GET: no
 * AWS signing, the signature is in the URL. The URL's query (which holds that signature) is never
 * printed. HTTPS only, except plain HTTP to this machine (the local server).
 *
 * Failures: an expired or missing object (403/404, S3's XML error named) and every other status,
 * the deadline, the size cap and a dropped connection are `ServiceError`s (exit 4); a URL that is
 * not an HTTP(S) URL is a `JobSourceError` (exit 3).
 */
export async function downloadAsset(
  url: string,
  options: DownloadAssetOptions = {},
): Promise<Buffer> {
  const target = parseAssetUrl(url);
  const shown = `${target.origin}${target.pathname}`;
  const timeoutMs = options.timeoutMs ?? DOWNLOAD_DEFAULTS.timeoutMs;
  const maxBytes = options.maxBytes ?? DOWNLOAD_DEFAULTS.maxBytes;
  const maxAttempts = options.maxAttempts ?? DOWNLOAD_DEFAULTS.maxAttempts;
  const deadline = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([deadline, options.signal]) : deadline;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await downloadOnce(target, { shown, maxBytes, signal });
    } catch (error) {
      if (deadline.aborted) {
        throw new ServiceError(
          `The components asset ${shown} did not arrive within ${timeoutMs / 1000} s`,
          {
            errorName: 'TimeoutError',
            hint: `Try again on a faster network. ${RESOLUTION}`,
            cause: error,
          },
        );
      }
      if (options.signal?.aborted) throw error;
      if (!(error instanceof RetryableError) || attempt >= maxAttempts) throw finalError(error);
      await sleep(Math.min(200 * 2 ** (attempt - 1), 2_000), signal);
    }
  }
}

/** A failure worth another attempt: a 5xx answer or a dropped connection. */
class RetryableError extends Error {}

async function downloadOnce(
  url: URL,
  context: { shown: string; maxBytes: number; signal: AbortSignal },
): Promise<Buffer> {
  let response: Response;
  try {
    response = await fetch(url, { signal: context.signal, redirect: 'follow' });
  } catch (error) {
    throw new RetryableError(`Cannot reach ${context.shown}: ${causeOf(error)}`, { cause: error });
  }
  if (!response.ok) {
    const body = await readBody(response, 4096, context).catch(() => Buffer.alloc(0));
    throw statusError(response.status, body.toString('utf8'), context.shown);
  }
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > context.maxBytes) {
    await response.body?.cancel();
    throw tooLarge(context.shown, context.maxBytes);
  }
  const body = await readBody(response, context.maxBytes, context, true);
  if (Number.isFinite(declared) && body.length !== declared) {
    throw new RetryableError(
      `The download of ${context.shown} stopped after ${body.length} of ${declared} bytes`,
    );
  }
  return body;
}

async function readBody(
  response: Response,
  maxBytes: number,
  context: { shown: string },
  refuseLarger = false,
): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (response.body === null) return Buffer.alloc(0);
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > maxBytes) {
        await reader.cancel();
        if (refuseLarger) throw tooLarge(context.shown, maxBytes);
        break;
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof ServiceError) throw error;
    throw new RetryableError(
      `The download of ${context.shown} broke off after ${size} bytes: ${causeOf(error)}`,
      { cause: error },
    );
  }
  return Buffer.concat(chunks);
}

function statusError(status: number, body: string, shown: string): Error {
  // S3 answers with an XML error document: <Error><Code>AccessDenied</Code><Message>…
  const code = /<Code>([^<]{1,100})<\/Code>/.exec(body)?.[1];
  const detail = /<Message>([^<]{1,300})<\/Message>/.exec(body)?.[1];
  const what = [code, detail].filter(Boolean).join(': ');
  const message = `The components asset ${shown} answered HTTP ${status}${what ? ` (${what})` : ''}`;
  if (status >= 500) return new RetryableError(message);
  const expired = status === 403 || status === 404 || status === 410;
  return new ServiceError(
    expired ? `${message}: the presigned URL has expired or the asset is gone` : message,
    { errorName: code ?? `Http${status}`, statusCode: status, hint: RESOLUTION },
  );
}

function finalError(error: unknown): unknown {
  if (!(error instanceof RetryableError)) return error;
  return new ServiceError(error.message, {
    errorName: 'AssetDownloadError',
    hint: `Check the network and try again. ${RESOLUTION}`,
    cause: error.cause,
  });
}

function tooLarge(shown: string, maxBytes: number): ServiceError {
  return new ServiceError(`The components asset ${shown} is larger than ${maxBytes} bytes`, {
    errorName: 'AssetTooLarge',
    hint: 'A UI Builder asset holds source files and is far smaller; check the URL in the job.',
  });
}

function parseAssetUrl(url: string): URL {
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(parsed?.hostname ?? '');
  if (parsed?.protocol !== 'https:' && !(parsed?.protocol === 'http:' && loopback)) {
    throw new JobSourceError(
      `The job's asset.downloadUrl is not an HTTPS URL: ${JSON.stringify(url.slice(0, 80).split('?')[0])}`,
      {
        location: '/asset/downloadUrl',
        hint: 'UI Builder gives a presigned https:// URL; fetch the job again from AWS.',
      },
    );
  }
  return parsed;
}

function causeOf(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });
}
