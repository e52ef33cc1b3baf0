import type { ServerResponse } from 'node:http';
import type { CodegenJob } from '@uibuilder-codegen/core';

/** Sends a JSON body the way AmplifyUIBuilder does. */
export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  requestId: string,
): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    'x-amzn-requestid': requestId,
  });
  response.end(text);
}

/** Sends a modelled error: the status, `x-amzn-errortype: <Name>` and `{"message": ...}`. */
export function sendError(
  response: ServerResponse,
  status: number,
  errorType: string,
  message: string,
  requestId: string,
): void {
  const text = JSON.stringify({ message });
  response.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    'x-amzn-errortype': errorType,
    'x-amzn-requestid': requestId,
  });
  response.end(text);
}

/**
 * A stored job as it travels on the wire: `{ $unknown: [key, value] }` union members go back to
 * `{ key: value }`, and a job saved without a status is a finished one.
 */
export function toWireJob(job: CodegenJob): Record<string, unknown> {
  const wire = structuredClone(job) as Record<string, unknown>;
  wire['status'] ??= 'succeeded';
  const renderConfig = unwrapUnknown(wire['renderConfig']);
  if (renderConfig !== undefined) wire['renderConfig'] = renderConfig;
  const react = (renderConfig as { react?: Record<string, unknown> } | undefined)?.react;
  if (react?.['apiConfiguration'] !== undefined)
    react['apiConfiguration'] = unwrapUnknown(react['apiConfiguration']);
  return wire;
}

function unwrapUnknown(value: unknown): unknown {
  const member = (value as { $unknown?: unknown } | undefined)?.$unknown;
  if (!Array.isArray(member) || typeof member[0] !== 'string') return value;
  return Object.fromEntries([[member[0], member[1]]]);
}
