import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CodegenJob } from '@uibuilder-codegen/core';
import type { Fault } from './faults.js';
import type { Route } from './routes.js';

/**
 * A presigned-looking URL for a job's asset on this server: the path names the job, the query
 * carries the `X-Amz-*` parameters an S3 presigned URL has (a fixed fake signature), so that
 * clients are tested against the shape they meet in AWS, secrets in the query included.
 */
export function assetUrl(base: string, job: CodegenJob): string {
  const path = [job.appId ?? '', job.environmentName ?? '', `${job.id ?? ''}.zip`]
    .map(encodeURIComponent)
    .join('/');
  const query = new URLSearchParams({
    'X-Amz-Algorithm': 'AWS4-HMAC-SHA256',
    'X-Amz-Credential': 'ASIALOCALSERVEREXAMPLE/20240101/us-east-1/s3/aws4_request',
    'X-Amz-Date': '20240101T000000Z',
    'X-Amz-Expires': '900',
    'X-Amz-SignedHeaders': 'host',
    'X-Amz-Signature': 'f'.repeat(64),
  });
  return `${base}/assets/${path}?${query.toString()}`;
}

/**
 * Answers `GetAsset` as S3 answers a presigned GET: the zip, or an XML error document. Faults:
 * `asset-expired` (403 AccessDenied, "Request has expired"), `not-found` (404 NoSuchKey),
 * `server-error` (500 InternalError), `truncated-body` (half the bytes, then the connection
 * drops), `corrupt-body` (bytes in the middle flipped, length kept), `slow-body` (the body in 8
 * pieces, `delayMs` apart), `connection-reset`.
 */
export function serveAsset(
  route: Route,
  bytes: Uint8Array | undefined,
  fault: Fault | undefined,
  exchange: { request: IncomingMessage; response: ServerResponse; timers: Set<NodeJS.Timeout> },
): void {
  const { request, response } = exchange;
  const key = `${route.appId}/${route.environmentName}/${route.jobId ?? ''}.zip`;
  if (fault?.kind === 'asset-expired')
    return sendS3Error(response, 403, 'AccessDenied', 'Request has expired');
  if (fault?.kind === 'server-error')
    return sendS3Error(
      response,
      fault.status ?? 500,
      'InternalError',
      'We encountered an internal error. Please try again.',
    );
  if (fault?.kind === 'connection-reset') return void request.socket.resetAndDestroy();
  if (bytes === undefined || fault?.kind === 'not-found')
    return sendS3Error(response, 404, 'NoSuchKey', `The specified key does not exist: ${key}`);
  let body = Buffer.from(bytes);
  if (fault?.kind === 'corrupt-body') {
    body = Buffer.from(body);
    const middle = Math.floor(body.length / 2);
    for (let i = Math.max(0, middle - 8); i < Math.min(body.length, middle + 8); i += 1)
      body[i] = (body[i] ?? 0) ^ 0xff;
  }
  response.writeHead(200, { 'content-type': 'application/zip', 'content-length': body.length });
  if (fault?.kind === 'truncated-body') {
    response.write(body.subarray(0, Math.floor(body.length / 2)), () => request.socket.destroy());
    return;
  }
  if (fault?.kind !== 'slow-body') return void response.end(body);
  const pieces = 8;
  const size = Math.ceil(body.length / pieces);
  const send = (index: number): void => {
    if (response.destroyed) return;
    if (index >= pieces) return void response.end();
    response.write(body.subarray(index * size, (index + 1) * size));
    const timer = setTimeout(() => (exchange.timers.delete(timer), send(index + 1)), fault.delayMs);
    exchange.timers.add(timer);
  };
  send(0);
}

function sendS3Error(
  response: ServerResponse,
  status: number,
  code: string,
  message: string,
): void {
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message><RequestId>LOCAL</RequestId></Error>`;
  response.writeHead(status, {
    'content-type': 'application/xml',
    'content-length': Buffer.byteLength(xml),
  });
  response.end(xml);
}
