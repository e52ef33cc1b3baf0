import type { ServerResponse } from 'node:http';
import type { Route } from './routes.js';
import { sendError } from './wire.js';

/** Which resource a 404 is about. */
export type MissingResource = 'app' | 'environment' | 'job';

/** A `ResourceNotFoundException` whose message names the missing app, environment or job. */
export function sendNotFound(
  response: ServerResponse,
  resource: MissingResource,
  route: Route,
  requestId: string,
): void {
  const message =
    resource === 'app'
      ? `App ${route.appId} not found.`
      : resource === 'environment'
        ? `Environment ${route.environmentName} not found for app ${route.appId}.`
        : `Codegen job ${route.jobId ?? ''} not found.`;
  sendError(response, 404, 'ResourceNotFoundException', message.replace('  ', ' '), requestId);
}
