/** What a secret is replaced with in anything we print. */
export const REDACTED = '[redacted]';

/** Environment variables whose values are secrets (or identify one) wherever they appear. */
const SECRET_ENV_VARS = [
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
] as const;

/** Environment variables that hold an endpoint URL, whose user info and secret query values hide. */
const ENDPOINT_ENV_VAR = /^AWS_ENDPOINT_URL(?:_|$)/;

/**
 * Names of query parameters, headers and `key=value` pairs whose value is a secret. Matched as a
 * whole word, so `nextToken` or `tokens` are not, but `token`, `X-Amz-Security-Token`,
 * `access_token` and `client-secret` are.
 */
const SECRET_NAMES =
  'x-amz-security-token|x-amz-credential|x-amz-signature|signature|security[-_]?token|session[-_]?token|access[-_]?token|id[-_]?token|refresh[-_]?token|auth[-_]?token|token|password|passwd|pwd|secret|client[-_]?secret|api[-_]?key|apikey|sig|aws_secret_access_key|aws_session_token|aws_security_token|aws_access_key_id';

/**
 * Shapes of secrets that can reach a message: SigV4 headers echoed by a proxy, a credentials file
 * quoted by a provider, a JSON credentials object, a presigned URL, a URL with user info. Order
 * matters: the key=value forms run first so that a value is removed together with its name.
 */
const SECRET_PATTERNS: readonly (readonly [RegExp, string])[] = [
  // `name=value` (query strings, credentials files) and `name: value` (headers).
  [
    new RegExp(
      `(?<![A-Za-z0-9])(${SECRET_NAMES})(\\s*=\\s*|:[ \\t]*)(\\\\?"?)[^\\s"\\\\&,;]+`,
      'gi',
    ),
    `$1$2$3${REDACTED}`,
  ],
  [/("?(?:secretAccessKey|sessionToken|accessKeyId)"?\s*[:=]\s*)"[^"]*"/gi, `$1"${REDACTED}"`],
  [/(Credential=)[^\s,&"\\]+/g, `$1${REDACTED}`],
  [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/g, `$1 ${REDACTED}`],
  // User info in a URL of any scheme, up to the last `@` of the authority (a password may hold `@`).
  [/(\b[a-z][a-z0-9+.-]*:\/\/)[^\s/?#"]*@/gi, `$1${REDACTED}@`],
  // Access key ids: AKIA (long-term), ASIA (temporary), AKID (the SDK's documentation examples).
  [/\b(?:AKIA|ASIA|AKID|AIDA|AROA)[A-Z0-9]{4,}\b/g, REDACTED],
  // Secret access keys: 40 characters of base64 with both letter cases and a digit or `/+` (a hex
  // hash has one case; a long generated identifier has no digit).
  [
    /(?<![A-Za-z0-9/+=])(?=[A-Za-z0-9/+=]*[a-z])(?=[A-Za-z0-9/+=]*[A-Z])(?=[A-Za-z0-9/+=]*[0-9/+])[A-Za-z0-9/+=]{40}(?![A-Za-z0-9/+=])/g,
    REDACTED,
  ],
  // Session tokens: very long base64 runs.
  [/(?<![A-Za-z0-9/+=])(?=[A-Za-z0-9/+=]*[0-9])[A-Za-z0-9/+=]{100,}/g, REDACTED],
];

const remembered = new Set<string>();

/**
 * Remembers literal secrets for every later {@link redactSecrets} call in this process: the
 * credentials passed in code, and the user info and secret query values of each endpoint URL
 * (see {@link endpointSecrets}). Values shorter than 4 characters are ignored.
 */
export function rememberSecrets(values: Iterable<string>): void {
  for (const value of values) if (value.length >= 4) remembered.add(value);
}

/**
 * The secrets written into an endpoint URL of any scheme: its user info (whole, and the user and
 * password apart, raw and decoded) and the values of query parameters with secret names.
 */
export function endpointSecrets(endpoint: string): string[] {
  const secrets: string[] = [];
  const userInfo = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)@/i.exec(endpoint.trim())?.[1];
  if (userInfo !== undefined) {
    secrets.push(userInfo, ...userInfo.split(':'));
  }
  let url: URL | undefined;
  try {
    url = new URL(endpoint);
  } catch {
    url = undefined;
  }
  if (url !== undefined) {
    secrets.push(url.username, url.password);
    const secretName = new RegExp(`^(?:${SECRET_NAMES})$`, 'i');
    for (const [name, value] of url.searchParams) if (secretName.test(name)) secrets.push(value);
  }
  return [...new Set(secrets.flatMap((s) => [s, safeDecode(s)]))].filter((s) => s.length >= 4);
}

/**
 * THE redaction of this project: every text that leaves the process passes through it (the CLI
 * routes stdout and stderr through it; errors are built with it). It removes access key ids,
 * secret keys, session tokens, SigV4 credentials and signatures, URL user info of any scheme,
 * query parameters and headers that carry secrets (`X-Amz-Security-Token`, `token`, `password`,
 * ...), and every literal secret {@link redactKnownSecrets} removes.
 *
 * @param text - The text to clean.
 * @param knownSecrets - Further literal values to remove (for example credentials passed in code).
 *   Values shorter than 4 characters are ignored so that common words survive.
 */
export function redactSecrets(text: string, knownSecrets: readonly string[] = []): string {
  let result = redactKnownSecrets(text, knownSecrets);
  for (const [pattern, replacement] of SECRET_PATTERNS) {
    result = result.replace(pattern, replacement);
  }
  return result;
}

/**
 * The literal half of {@link redactSecrets}, for data whose shape the patterns would damage
 * (generated code holds `password: string;`): the values of `AWS_ACCESS_KEY_ID`,
 * `AWS_SECRET_ACCESS_KEY`, `AWS_SESSION_TOKEN`, the secrets of `AWS_ENDPOINT_URL*`, those of
 * {@link rememberSecrets} and `knownSecrets`, raw, percent-encoded and JSON-escaped. Values from
 * the environment shorter than 6 characters are ignored (`test`, a local stack's fake key, would
 * otherwise vanish from every output).
 */
export function redactKnownSecrets(text: string, knownSecrets: readonly string[] = []): string {
  let result = text;
  const ambient = [
    ...remembered,
    ...SECRET_ENV_VARS.map((name) => process.env[name] ?? ''),
    ...Object.entries(process.env)
      .filter(([name, value]) => ENDPOINT_ENV_VAR.test(name) && value)
      .flatMap(([, value]) => endpointSecrets(value ?? '')),
  ].filter((value) => value.length >= 6);
  const literals = [...knownSecrets.filter((value) => value.length >= 4), ...ambient];
  // A secret with `/` or `+` (most secret keys) also appears percent-encoded, in URLs, and
  // JSON-escaped in --json output.
  literals.push(...literals.map(encodeURIComponent), ...literals.map(jsonEscaped));
  // Longest first, so that a token containing a key id is removed whole.
  for (const literal of [...new Set(literals)].sort((a, b) => b.length - a.length)) {
    if (result.includes(literal)) result = result.split(literal).join(REDACTED);
  }
  return result;
}

function jsonEscaped(value: string): string {
  return JSON.stringify(value).slice(1, -1);
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
