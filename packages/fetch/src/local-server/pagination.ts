/** Encodes a list offset as an opaque `nextToken`. */
export function encodePageToken(offset: number): string {
  return Buffer.from(JSON.stringify({ offset })).toString('base64url');
}

/** Decodes a `nextToken`; undefined when it is not one this server issued. */
export function decodePageToken(token: string): number | undefined {
  try {
    const { offset } = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as {
      offset?: unknown;
    };
    return typeof offset === 'number' && Number.isInteger(offset) && offset >= 0
      ? offset
      : undefined;
  } catch {
    return undefined;
  }
}

/** Parses `maxResults` (1 to 100, as the service accepts); undefined when absent, NaN when invalid. */
export function parseMaxResults(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed >= 1 && parsed <= 100 ? parsed : Number.NaN;
}
