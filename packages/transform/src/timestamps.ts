/**
 * Which of a model's fields are the timestamps the transformer manages (APPSYNC-CONVENTIONS.md §1.1),
 * and which of them the job lists without the API having them.
 *
 * The job marks the managed timestamps `readOnly: true`, under whatever names
 * `@model(timestamps: {createdAt: "createdOn", updatedAt: "updatedOn"})` gave them
 * (fixtures/real/renamed-timestamps). A timestamp that `@model(timestamps:)` disabled (`updatedAt:
 * null`) is still listed, under its default name: modelgen, which the job comes from, ignores the
 * `null`. So beside a renamed timestamp, a default-named one is as likely gone as present, and
 * selecting a field the API lacks fails every document that reaches the model; it is left out
 * (an info says so). Two default names (`createdAt`, `updatedAt`) are the default, and kept.
 * With the model SDL, `@model(timestamps:)` says exactly which the API has.
 */
import type { SdlValue } from '@uibuilder-codegen/core';
import type { RawField } from './raw-schema.js';
import { sdlObject, sdlProperty } from '@uibuilder-codegen/core';

const DEFAULT_NAMES: ReadonlySet<string> = new Set(['createdAt', 'updatedAt']);

/** True for a field the transformer manages: a read-only, single scalar of a model. */
export function isManagedTimestamp(field: RawField): boolean {
  return field.readOnly && !field.isArray && field.relationship === undefined;
}

/**
 * The default-named timestamps of a model whose other timestamp was renamed: the API may not have
 * them, so they are left out.
 */
export function uncertainTimestamps(fields: readonly RawField[]): RawField[] {
  const managed = fields.filter(isManagedTimestamp);
  if (!managed.some((f) => !DEFAULT_NAMES.has(f.name))) return [];
  return managed.filter((f) => DEFAULT_NAMES.has(f.name));
}

/**
 * The timestamps `@model(timestamps:)` gives the API type, by name: `createdAt` and `updatedAt`
 * unless renamed; `null` (for both, or for one) turns them off.
 */
export function apiTimestampNames(modelArguments: Readonly<Record<string, SdlValue>>): Set<string> {
  if (!Object.hasOwn(modelArguments, 'timestamps')) return new Set(DEFAULT_NAMES);
  const timestamps = sdlObject(modelArguments['timestamps']);
  if (timestamps === undefined) return new Set();
  const names = new Set<string>();
  for (const key of DEFAULT_NAMES) {
    const value = sdlProperty(timestamps, key);
    if (value === undefined) names.add(key);
    else if (typeof value === 'string') names.add(value);
  }
  return names;
}
