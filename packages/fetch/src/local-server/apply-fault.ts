import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Fault } from './faults.js';
import { applyHostileFault } from './hostile-faults.js';
import { sendNotFound } from './not-found.js';
import type { Route } from './routes.js';
import { sendError, toWireJob } from './wire.js';
import type { JobStore } from './job-store.js';

/**
 * Answers a request with a fault that replaces the normal answer. Returns false for faults that
 * only alter it (`slow`, `in-progress`), which the caller handles.
 */
export function applyFault(
  fault: Fault,
  route: Route,
  request: IncomingMessage,
  response: ServerResponse,
  store: JobStore,
  requestId: string,
  requestCount: number,
): boolean {
  switch (fault.kind) {
    case 'huge-body':
    case 'trickle':
    case 'endless-pages':
    case 'repeated-token':
    case 'redirect-loop':
    case 'echo-secrets':
      applyHostileFault(fault, request, response, requestId, requestCount);
      return true;
    case 'not-found':
      sendNotFound(response, fault.resource, route, requestId);
      return true;
    case 'throttle':
      sendError(response, 429, 'ThrottlingException', 'Rate exceeded', requestId);
      return true;
    case 'server-error':
      sendError(
        response,
        fault.status ?? 500,
        'InternalServerException',
        'An internal error occurred.',
        requestId,
      );
      return true;
    case 'error':
      sendError(
        response,
        fault.status,
        fault.errorType,
        fault.message ?? fault.errorType,
        requestId,
      );
      return true;
    case 'non-json-body': {
      const html =
        '<html><head><title>502 Bad Gateway</title></head><body>Bad Gateway</body></html>';
      response.writeHead(fault.status ?? 200, {
        'content-type': 'text/html',
        'content-length': Buffer.byteLength(html),
      });
      response.end(html);
      return true;
    }
    case 'truncated-body': {
      const text = JSON.stringify(truncatedBodySource(route, store));
      response.writeHead(200, {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(text),
      });
      // Half the promised bytes, then the connection drops: what a proxy timeout or a crash looks like.
      response.write(text.slice(0, Math.floor(text.length / 2)), () => request.socket.destroy());
      return true;
    }
    case 'connection-reset':
      request.socket.resetAndDestroy();
      return true;
    case 'slow':
    case 'in-progress':
      return false;
  }
}

function truncatedBodySource(route: Route, store: JobStore): unknown {
  const job =
    route.jobId === undefined
      ? undefined
      : store
          .jobs(route.appId, route.environmentName)
          ?.find((candidate) => candidate.id === route.jobId);
  return job === undefined ? { entities: [], message: 'x'.repeat(64) } : toWireJob(job);
}
