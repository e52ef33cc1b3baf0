import type { SdlValue } from './model-schema-facts.js';

/** `value` when it is an SDL object value (`{ createdAt: "on" }`), else `undefined`. */
export function sdlObject(
  value: SdlValue | undefined,
): Readonly<Record<string, SdlValue>> | undefined {
  return typeof value === 'object' && value !== null && !isList(value) ? value : undefined;
}

function isList(value: object): value is readonly SdlValue[] {
  return Array.isArray(value);
}

/** The own property `key` of an SDL object value, or `undefined`. */
export function sdlProperty(
  record: Readonly<Record<string, SdlValue>>,
  key: string,
): SdlValue | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
