import { matchAppSyncSchemaRoute } from './appsync-schema-route.js';
import { matchBackendModelsRoute } from './backend-models-route.js';
import type { Operation } from './faults.js';

/** A request the server understood: the operation and its path and query parameters. */
export interface Route {
  operation: Operation;
  /** The app id; for AppSync's `GetIntrospectionSchema`, the API id. */
  appId: string;
  environmentName: string;
  jobId?: string;
  query: Record<string, string>;
}

/**
 * Matches the AmplifyUIBuilder REST routes for codegen jobs:
 * `GET /app/{appId}/environment/{environmentName}/codegen-jobs/{id}` (GetCodegenJob),
 * `GET .../codegen-jobs` (ListCodegenJobs), `POST .../codegen-jobs` (StartCodegenJob); and
 * AppSync's `GET /v1/apis/{apiId}/schema` (GetIntrospectionSchema) and AmplifyBackend's
 * `POST /backend/{appId}/api/{env}/getModels` (GetBackendAPIModels).
 */
export function matchRoute(method: string, url: URL): Route | undefined {
  const appSync = matchAppSyncSchemaRoute(method, url);
  if (appSync !== undefined) {
    const query = Object.fromEntries(url.searchParams);
    return {
      operation: 'GetIntrospectionSchema',
      appId: appSync.apiId,
      environmentName: '',
      query,
    };
  }
  const backend = matchBackendModelsRoute(method, url);
  if (backend !== undefined)
    return {
      operation: 'GetBackendAPIModels',
      ...backend,
      query: Object.fromEntries(url.searchParams),
    };
  const segments = url.pathname.split('/').slice(1);
  const asset = matchAssetRoute(method, segments);
  if (asset !== undefined) return { ...asset, query: Object.fromEntries(url.searchParams) };
  if (segments[0] !== 'app' || segments[2] !== 'environment' || segments[4] !== 'codegen-jobs')
    return undefined;
  const [appId, environmentName, jobId] = [segments[1], segments[3], segments[5]].map((segment) =>
    segment === undefined ? undefined : safeDecode(segment),
  );
  if (!appId || !environmentName || segments.length > 6) return undefined;
  const query = Object.fromEntries(url.searchParams);
  if (method === 'GET' && jobId)
    return { operation: 'GetCodegenJob', appId, environmentName, jobId, query };
  if (jobId === undefined || jobId === '') {
    if (method === 'GET') return { operation: 'ListCodegenJobs', appId, environmentName, query };
    if (method === 'POST') return { operation: 'StartCodegenJob', appId, environmentName, query };
  }
  return undefined;
}

/** `GET /assets/{appId}/{environmentName}/{id}.zip`: a job's asset, as its presigned URL names it. */
function matchAssetRoute(
  method: string,
  segments: readonly string[],
): Omit<Route, 'query'> | undefined {
  if (method !== 'GET' || segments[0] !== 'assets' || segments.length !== 4) return undefined;
  const [appId, environmentName, file] = segments.slice(1).map((s) => safeDecode(s ?? ''));
  const jobId = file?.endsWith('.zip') ? file.slice(0, -4) : undefined;
  if (!appId || !environmentName || !jobId) return undefined;
  return { operation: 'GetAsset', appId, environmentName, jobId };
}

function safeDecode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}
