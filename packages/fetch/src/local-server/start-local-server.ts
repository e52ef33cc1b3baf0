import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CodegenJob } from '@uibuilder-codegen/core';
import { applyFault } from './apply-fault.js';
import { answerIntrospectionSchema } from './appsync-schema-route.js';
import { answerBackendModels } from './backend-models-route.js';
import { FaultQueue, type Fault, type FaultKind, type Operation } from './faults.js';
import {
  JobStore,
  readJobDirectory,
  type LocalEnvironment,
  type StartedJobBehaviour,
} from './job-store.js';
import { assetUrl, serveAsset } from './assets.js';
import { answer } from './operations.js';
import { matchRoute } from './routes.js';
import { sendError } from './wire.js';

/** How to start a local AmplifyUIBuilder server. */
export interface LocalServerOptions {
  /** The jobs to serve, or a directory of job files (`*.json`: `{"job": {...}}` or bare jobs). */
  jobs: readonly CodegenJob[] | string;
  /**
   * The port; 0 picks a free one.
   * @default 0
   */
  port?: number;
  /**
   * The address to listen on.
   * @default '127.0.0.1'
   */
  host?: string;
  /**
   * The largest `ListCodegenJobs` page (a smaller `maxResults` wins).
   * @default 25
   */
  pageSize?: number;
  /**
   * Apps and environments that exist without jobs (for `StartCodegenJob`).
   * @default []
   */
  environments?: readonly LocalEnvironment[];
  /**
   * How jobs created by `StartCodegenJob` behave.
   * @default { pollsInProgress: 1, status: 'succeeded' }
   */
  startedJobs?: StartedJobBehaviour;
  /**
   * AppSync API schemas (SDL) by API id, served by `GetIntrospectionSchema`.
   * @default {}
   */
  appSyncSchemas?: Readonly<Record<string, string>>;
  /**
   * Amplify model SDLs by `<appId>/<environmentName>/<apiName>`, served by `GetBackendAPIModels`.
   * @default {}
   */
  backendModels?: Readonly<Record<string, string>>;
  /**
   * The clock for timestamps of started jobs.
   * @default () => new Date()
   */
  now?: () => Date;
  /**
   * The zip each job's asset serves (`asset.downloadUrl`, a presigned-looking URL on this server);
   * a job for which it returns `undefined` has no `asset`. Build zips with `buildZip`.
   * @default no job has an asset
   */
  assets?: (job: CodegenJob) => Uint8Array | undefined;
}

/** One request the server received (no headers: they carry signatures). */
export interface LoggedRequest {
  /** The operation the route names, or `Unknown`. */
  operation: Operation | 'Unknown';
  /** The HTTP method. */
  method: string;
  /** The URL path, still percent-encoded. */
  path: string;
  /** The query parameters. */
  query: Record<string, string>;
  /** The job id in the path, when there is one. */
  jobId?: string;
  /** Whether the request carried a SigV4 `authorization` header. */
  signed: boolean;
  /** Requests being handled when this one arrived, counting itself (to check client concurrency). */
  inFlight: number;
  /** The fault injected into this request, if any. */
  fault?: FaultKind;
  /** The HTTP status sent, when a response was sent. */
  status?: number;
}

/** A running local server. */
export interface LocalServer {
  /** `http://127.0.0.1:<port>`: pass it as `endpoint`. */
  url: string;
  /** The port it listens on. */
  port: number;
  /** Every request so far, in arrival order. */
  requests: LoggedRequest[];
  /** Queues a fault; each request takes the first queued fault that matches it. */
  inject(fault: Fault): void;
  /** Drops every queued fault. */
  clearFaults(): void;
  /** Serves one more job (it must name its id, appId and environmentName). */
  addJob(job: CodegenJob): void;
  /** Stops the server, dropping open connections and pending slow responses. */
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 32 * 1024 * 1024;

/**
 * Starts an HTTP server that speaks the AmplifyUIBuilder REST wire format for `GetCodegenJob`,
 * `ListCodegenJobs` (paginated) and `StartCodegenJob`, serving the given jobs, and AppSync's
 * `GetIntrospectionSchema` for `appSyncSchemas` and AmplifyBackend's `GetBackendAPIModels` for
 * `backendModels`, with faults
 * injectable per request: 404 (app, environment or job), 429, 500, any modelled error, slow
 * responses, a job `in_progress` for N polls, truncated and non-JSON bodies, connection resets,
 * and a hostile server's huge and trickled bodies, endless pages, redirect loops and echoed secrets.
 * With `assets`, jobs carry an `asset.downloadUrl` on this server that serves their zip, with
 * S3's faults (expiry, 404, truncation, corruption, a slow body).
 * For tests, and for trying the tool without AWS (`--endpoint <url>` with any credentials).
 */
export async function startLocalServer(options: LocalServerOptions): Promise<LocalServer> {
  const jobs =
    typeof options.jobs === 'string' ? await readJobDirectory(options.jobs) : options.jobs;
  const store = new JobStore(jobs, options.environments ?? []);
  const faults = new FaultQueue();
  const requests: LoggedRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  let requestCount = 0;
  let inFlight = 0;
  let baseUrl = '';

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    requestCount += 1;
    inFlight += 1;
    response.once('close', () => (inFlight -= 1));
    const requestId = `local-${requestCount}`;
    const url = new URL(request.url ?? '/', 'http://localhost');
    const route = matchRoute(request.method ?? 'GET', url);
    const entry: LoggedRequest = {
      operation: route?.operation ?? 'Unknown',
      method: request.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      ...(route?.jobId === undefined ? {} : { jobId: route.jobId }),
      signed: typeof request.headers.authorization === 'string',
      inFlight,
    };
    requests.push(entry);
    response.on('finish', () => (entry.status = response.statusCode));
    const body = await readBody(request);
    if (route === undefined) {
      return sendError(
        response,
        404,
        'UnknownOperationException',
        `No operation at ${request.method} ${url.pathname}`,
        requestId,
      );
    }
    const fault = faults.take(route.operation, route.jobId);
    if (fault !== undefined) entry.fault = fault.kind;
    if (fault?.kind === 'slow') {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => (timers.delete(timer), resolve()), fault.delayMs);
        timers.add(timer);
      });
      if (response.destroyed || request.socket.destroyed) return;
    }
    if (route.operation === 'GetAsset') {
      const job = store
        .jobs(route.appId, route.environmentName)
        ?.find((candidate) => candidate.id === route.jobId);
      const bytes = job === undefined ? undefined : options.assets?.(job);
      return serveAsset(route, bytes, fault, { request, response, timers });
    }
    if (route.operation === 'GetBackendAPIModels') {
      const exchange = { request, response, requestId, requestCount };
      const models = options.backendModels ?? {};
      return answerBackendModels(route, body, fault, exchange, models, store);
    }
    if (route.operation === 'GetIntrospectionSchema') {
      const exchange = { request, response, requestId, requestCount };
      return answerIntrospectionSchema(route, fault, exchange, options.appSyncSchemas ?? {}, store);
    }
    if (
      fault !== undefined &&
      applyFault(fault, route, request, response, store, requestId, requestCount)
    )
      return;
    if (body === INVALID_BODY) {
      return sendError(
        response,
        400,
        'InvalidParameterException',
        'The request body is not valid JSON.',
        requestId,
      );
    }
    answer(route, body, response, {
      store,
      pageSize: options.pageSize ?? 25,
      startedJobs: options.startedJobs ?? {},
      now: options.now ?? (() => new Date()),
      requestId,
      reportInProgress: fault?.kind === 'in-progress',
      assetUrl: (job) => (options.assets?.(job) === undefined ? undefined : assetUrl(baseUrl, job)),
    });
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) {
        sendError(
          response,
          500,
          'InternalServerException',
          `Local server error: ${String(error)}`,
          'local-error',
        );
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve);
  });
  const { port, address } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  baseUrl = `http://${host}:${port}`;
  return {
    url: baseUrl,
    port,
    requests,
    inject: (fault) => faults.add(fault),
    clearFaults: () => faults.clear(),
    addJob: (job) => store.add(job),
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

const INVALID_BODY = Symbol('invalid body');

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return INVALID_BODY;
    chunks.push(chunk);
  }
  if (size === 0) return undefined;
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    return INVALID_BODY;
  }
}
