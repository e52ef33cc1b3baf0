/**
 * The AppSync route of the local server: `GET /v1/apis/{apiId}/schema?format=SDL` answers
 * `GetIntrospectionSchema` with the SDL stored for that API id (the raw body, as AppSync sends
 * it), or AppSync's `NotFoundException`. Faults apply as on the AmplifyUIBuilder routes; a
 * `not-found` fault is AppSync's 404 and a `truncated-body` sends half the SDL.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { applyFault } from './apply-fault.js';
import type { Fault } from './faults.js';
import type { JobStore } from './job-store.js';
import type { Route } from './routes.js';
import { sendError } from './wire.js';

/** `{ apiId }` when `url` is the AppSync schema route. */
export function matchAppSyncSchemaRoute(method: string, url: URL): { apiId: string } | undefined {
  const match = /^\/v1\/apis\/([^/]+)\/schema$/.exec(url.pathname);
  if (method !== 'GET' || match?.[1] === undefined) return undefined;
  try {
    return { apiId: decodeURIComponent(match[1]) };
  } catch {
    return undefined;
  }
}

/** Answers `GetIntrospectionSchema` for `route` (its `appId` is the API id). */
export function answerIntrospectionSchema(
  route: Route,
  fault: Fault | undefined,
  exchange: {
    request: IncomingMessage;
    response: ServerResponse;
    requestId: string;
    requestCount: number;
  },
  schemas: Readonly<Record<string, string>>,
  store: JobStore,
): void {
  const { request, response, requestId, requestCount } = exchange;
  const apiId = route.appId;
  const sdl = Object.hasOwn(schemas, apiId) ? schemas[apiId] : undefined;
  const notFound = () =>
    sendError(response, 404, 'NotFoundException', `GraphQL API ${apiId} not found.`, requestId);
  if (fault?.kind === 'not-found') return notFound();
  if (fault?.kind === 'truncated-body') {
    const text = sdl ?? 'type Query { a: String }\n';
    response.writeHead(200, { 'content-length': Buffer.byteLength(text) });
    response.write(text.slice(0, Math.floor(text.length / 2)), () => request.socket.destroy());
    return;
  }
  if (
    fault !== undefined &&
    applyFault(fault, route, request, response, store, requestId, requestCount)
  )
    return;
  if (sdl === undefined) return notFound();
  if ((route.query['format'] ?? '').toUpperCase() !== 'SDL') {
    return sendError(
      response,
      400,
      'BadRequestException',
      'The local server serves format=SDL only.',
      requestId,
    );
  }
  response.writeHead(200, {
    'content-type': 'application/octet-stream',
    'content-length': Buffer.byteLength(sdl),
    'x-amzn-requestid': requestId,
  });
  response.end(sdl);
}
