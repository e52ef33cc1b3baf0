import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { HostileFault } from './faults.js';
import { sendError, sendJson } from './wire.js';

const CHUNK = Buffer.alloc(64 * 1024, 'a');

/** Answers a request with a {@link HostileFault}. */
export function applyHostileFault(
  fault: HostileFault,
  request: IncomingMessage,
  response: ServerResponse,
  requestId: string,
  pageCount: number,
): void {
  switch (fault.kind) {
    case 'huge-body':
      return sendHugeBody(response, fault.bytes, fault.declareLength === true);
    case 'trickle':
      return trickle(response, fault.intervalMs);
    case 'endless-pages':
      // A new token on every page, and no entities, so only the page count can stop a client.
      return sendJson(response, 200, { entities: [], nextToken: `page-${pageCount}` }, requestId);
    case 'repeated-token':
      return sendJson(response, 200, { entities: [], nextToken: 'the-same-token' }, requestId);
    case 'redirect-loop':
      response.writeHead(302, { location: request.url ?? '/', 'content-length': 0 });
      response.end();
      return;
    case 'echo-secrets':
      return sendError(response, 400, 'InvalidParameterException', echo(request), requestId);
  }
}

/** A JSON document that opens a job and never closes its string within `bytes`. */
function sendHugeBody(response: ServerResponse, bytes: number, declareLength: boolean): void {
  response.writeHead(200, {
    'content-type': 'application/json',
    ...(declareLength ? { 'content-length': bytes } : {}),
  });
  let sent = 0;
  const body = Readable.from(
    (function* () {
      const head = Buffer.from('{"id":"huge","statusMessage":"');
      sent += head.length;
      yield head;
      while (sent < bytes) {
        const chunk = CHUNK.subarray(0, Math.min(CHUNK.length, bytes - sent));
        sent += chunk.length;
        yield chunk;
      }
    })(),
  );
  body.pipe(response);
  response.once('close', () => body.destroy());
}

/** Headers at once, then one byte of body every `intervalMs`, until the client goes away. */
function trickle(response: ServerResponse, intervalMs: number): void {
  response.writeHead(200, { 'content-type': 'application/json' });
  response.write('{"job":{"id":"');
  const timer = setInterval(() => response.write('a'), intervalMs);
  response.once('close', () => clearInterval(timer));
}

/** What a careless proxy says: the request's credentials, in several encodings. */
function echo(request: IncomingMessage): string {
  const token = String(request.headers['x-amz-security-token'] ?? '');
  const authorization = String(request.headers['authorization'] ?? '');
  return [
    `Request ${request.method} ${request.url} was refused.`,
    `authorization: ${authorization}`,
    `X-Amz-Security-Token: ${token}`,
    `token ${token} (encoded ${encodeURIComponent(token)})`,
    `retry at https://user:${token}@proxy.example/?password=hunter2&token=${token}&X-Amz-Credential=${encodeURIComponent(authorization)}`,
    'Contact support.',
  ].join(' ');
}
