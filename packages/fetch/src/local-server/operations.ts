import type { ServerResponse } from 'node:http';
import type { CodegenJob } from '@uibuilder-codegen/core';
import type { JobStore, StartedJobBehaviour } from './job-store.js';
import { sendNotFound } from './not-found.js';
import { decodePageToken, encodePageToken, parseMaxResults } from './pagination.js';
import type { Route } from './routes.js';
import { sendError, sendJson, toWireJob } from './wire.js';

/** What the operations need besides the request. */
export interface OperationContext {
  store: JobStore;
  pageSize: number;
  startedJobs: StartedJobBehaviour;
  now: () => Date;
  requestId: string;
  /** Serve the job as `in_progress` (an injected fault). */
  reportInProgress: boolean;
  /** The presigned-looking asset URL of a succeeded job, when it has an asset. */
  assetUrl: (job: CodegenJob) => string | undefined;
}

/** Answers a request as AmplifyUIBuilder would, from the store. */
export function answer(
  route: Route,
  body: unknown,
  response: ServerResponse,
  context: OperationContext,
): void {
  const { store, requestId } = context;
  if (!store.hasApp(route.appId)) return sendNotFound(response, 'app', route, requestId);
  const jobs = store.jobs(route.appId, route.environmentName);
  if (jobs === undefined) return sendNotFound(response, 'environment', route, requestId);
  switch (route.operation) {
    case 'GetCodegenJob': {
      const job = store.poll(route.appId, route.environmentName, route.jobId ?? '', context.now());
      if (job === undefined) return sendNotFound(response, 'job', route, requestId);
      const wire = toWireJob(job);
      const downloadUrl = context.assetUrl(job);
      if (downloadUrl !== undefined && wire['status'] === 'succeeded')
        wire['asset'] = { downloadUrl };
      if (context.reportInProgress) {
        wire['status'] = 'in_progress';
        delete wire['statusMessage'];
        delete wire['asset'];
      }
      return sendJson(response, 200, wire, requestId);
    }
    case 'ListCodegenJobs': {
      const maxResults = parseMaxResults(route.query['maxResults']);
      const offset =
        route.query['nextToken'] === undefined ? 0 : decodePageToken(route.query['nextToken']);
      if (offset === undefined || Number.isNaN(maxResults)) {
        const what = offset === undefined ? 'nextToken' : 'maxResults (1 to 100)';
        return sendError(response, 400, 'InvalidParameterException', `Invalid ${what}.`, requestId);
      }
      const size = Math.min(context.pageSize, maxResults ?? Number.POSITIVE_INFINITY);
      const page = jobs.slice(offset, offset + size);
      const entities = page.map(({ id, appId, environmentName, createdAt, modifiedAt }) => ({
        id,
        appId,
        environmentName,
        ...(createdAt === undefined ? {} : { createdAt }),
        ...(modifiedAt === undefined ? {} : { modifiedAt }),
      }));
      const more = offset + size < jobs.length;
      return sendJson(
        response,
        200,
        { entities, ...(more ? { nextToken: encodePageToken(offset + size) } : {}) },
        requestId,
      );
    }
    case 'StartCodegenJob': {
      const spec = body as Record<string, unknown> | undefined;
      if (
        spec === null ||
        typeof spec !== 'object' ||
        Array.isArray(spec) ||
        spec['renderConfig'] === undefined
      ) {
        return sendError(
          response,
          400,
          'InvalidParameterException',
          'renderConfig is required.',
          requestId,
        );
      }
      const job = store.start(route, spec, {
        clientToken: route.query['clientToken'],
        behaviour: context.startedJobs,
        now: context.now(),
      });
      return sendJson(response, 200, toWireJob(job), requestId);
    }
    case 'GetAsset':
      return; // answered by serveAsset before the operations
  }
}
