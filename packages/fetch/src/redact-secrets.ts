/** What a secret is replaced with in anything we print. */
export const REDACTED = '[redacted]';

/** Environment variables whose values are secrets (or identify one) wherever they appear. */
const SECRET_ENV_VARS = [
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
] as const;

/**
 * Shapes of AWS secrets that can reach an error message: SigV4 headers echoed by a proxy, a
 * credentials file quoted by a provider, a JSON credentials object, a presigned URL. Order matters:
 * the key=value forms run first so that a value is removed together with its name.
 */
const SECRET_PATTERNS: readonly (readonly [RegExp, string])[] = [
  [
    /(aws_secret_access_key|aws_session_token|aws_security_token|aws_access_key_id)(\s*[=:]\s*)"?[^\s"',;]+"?/gi,
    `$1$2${REDACTED}`,
  ],
  [/("?(?:secretAccessKey|sessionToken|accessKeyId)"?\s*[:=]\s*)"[^"]*"/gi, `$1"${REDACTED}"`],
  [
    /(x-amz-security-token|x-amz-credential|x-amz-signature)([=:]\s*)"?[^\s"&,;]+/gi,
    `$1$2${REDACTED}`,
  ],
  [/(Credential=)[^\s,]+/g, `$1${REDACTED}`],
  // A user and password in a URL (`--endpoint http://user:pass@host`), in whatever encoding.
  [/(\b[a-z][a-z0-9+.-]*:\/\/)[^\s/?#@]+@/gi, `$1${REDACTED}@`],
  [/(Signature=)[0-9a-fA-F]+/g, `$1${REDACTED}`],
  // Access key ids: AKIA (long-term), ASIA (temporary), AKID (the SDK's documentation examples).
  [/\b(?:AKIA|ASIA|AKID|AIDA|AROA)[A-Z0-9]{4,}\b/g, REDACTED],
  // Secret access keys: 40 characters of base64 with both letter cases (a hex hash has one case).
  [
    /(?<![A-Za-z0-9/+=])(?=[A-Za-z0-9/+=]*[a-z])(?=[A-Za-z0-9/+=]*[A-Z])[A-Za-z0-9/+=]{40}(?![A-Za-z0-9/+=])/g,
    REDACTED,
  ],
  // Session tokens: very long base64 runs.
  [/[A-Za-z0-9/+=]{100,}/g, REDACTED],
];

/**
 * Removes AWS credentials from text that is about to be shown to a user: access key ids, secret
 * keys, session tokens, SigV4 credentials and signatures, and the literal values of
 * `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY` and `AWS_SESSION_TOKEN` from the environment.
 *
 * @param text - The text to clean.
 * @param knownSecrets - Further literal values to remove (for example credentials passed in code).
 *   Values shorter than 4 characters are ignored so that common words survive.
 */
export function redactSecrets(text: string, knownSecrets: readonly string[] = []): string {
  let result = text;
  const literals = [
    ...knownSecrets,
    ...SECRET_ENV_VARS.map((name) => process.env[name] ?? ''),
  ].filter((value) => value.length >= 4);
  // A secret with `/` or `+` (most secret keys) also appears percent-encoded, in URLs.
  literals.push(...literals.map(encodeURIComponent));
  // Longest first, so that a token containing a key id is removed whole.
  for (const literal of [...new Set(literals)].sort((a, b) => b.length - a.length)) {
    result = result.split(literal).join(REDACTED);
  }
  for (const [pattern, replacement] of SECRET_PATTERNS) {
    result = result.replace(pattern, replacement);
  }
  return result;
}
