/**
 * `@uibuilder-codegen/fetch/local-server`: a local AmplifyUIBuilder server that speaks the REST
 * wire format for codegen jobs, with injectable faults, for tests and for use without AWS.
 */
export { startLocalServer } from './start-local-server.js';
export type { LocalServer, LocalServerOptions, LoggedRequest } from './start-local-server.js';
export type { Fault, FaultKind, FaultMatch, HostileFault, Operation } from './faults.js';
export type { LocalEnvironment, StartedJobBehaviour } from './job-store.js';
export type { MissingResource } from './not-found.js';
