/**
 * The AmplifyBackend route of the local server: `POST /backend/{appId}/api/{env}/getModels` with
 * `{"resourceName": …}` answers `GetBackendAPIModels` with the model SDL stored under
 * `<appId>/<env>/<resourceName>`, or AmplifyBackend's `NotFoundException`. Faults apply as on the
 * other routes (`not-found` is that 404).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { applyFault } from './apply-fault.js';
import type { Fault } from './faults.js';
import type { JobStore } from './job-store.js';
import type { Route } from './routes.js';
import { sendError, sendJson } from './wire.js';

/** `{ appId, environmentName }` when `url` is the getModels route. */
export function matchBackendModelsRoute(
  method: string,
  url: URL,
): { appId: string; environmentName: string } | undefined {
  const match = /^\/backend\/([^/]+)\/api\/([^/]+)\/getModels$/.exec(url.pathname);
  if (method !== 'POST' || match?.[1] === undefined || match[2] === undefined) return undefined;
  try {
    return { appId: decodeURIComponent(match[1]), environmentName: decodeURIComponent(match[2]) };
  } catch {
    return undefined;
  }
}

/** Answers `GetBackendAPIModels` for `route`, whose body names the API. */
export function answerBackendModels(
  route: Route,
  body: unknown,
  fault: Fault | undefined,
  exchange: {
    request: IncomingMessage;
    response: ServerResponse;
    requestId: string;
    requestCount: number;
  },
  models: Readonly<Record<string, string>>,
  store: JobStore,
): void {
  const { request, response, requestId, requestCount } = exchange;
  const resourceName = (body as { resourceName?: unknown } | undefined)?.resourceName;
  const key = `${route.appId}/${route.environmentName}/${String(resourceName)}`;
  const notFound = () =>
    sendError(
      response,
      404,
      'NotFoundException',
      `No API ${String(resourceName)} in backend environment ${route.environmentName}.`,
      requestId,
    );
  if (fault?.kind === 'not-found') return notFound();
  if (
    fault !== undefined &&
    applyFault(fault, route, request, response, store, requestId, requestCount)
  )
    return;
  if (typeof resourceName !== 'string')
    return sendError(response, 400, 'BadRequestException', 'resourceName is required.', requestId);
  const sdl = Object.hasOwn(models, key) ? models[key] : undefined;
  if (sdl === undefined) return notFound();
  sendJson(response, 200, { models: sdl, status: 'LATEST' }, requestId);
}
