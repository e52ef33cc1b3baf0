import { afterEach, describe, expect, it, vi } from 'vitest';
import { endpointSecrets, REDACTED, redactSecrets, rememberSecrets } from './redact-secrets.js';

describe('redactSecrets', () => {
  afterEach(() => vi.unstubAllEnvs());

  it.each([
    ['a long-term access key id', 'key AKIAIOSFODNN7EXAMPLE used', `key ${REDACTED} used`],
    ['a temporary access key id', 'ASIAY34FZKBOKMUTVV7A', REDACTED],
    ['the documentation key id', 'Credential=AKIDEXAMPLE/20240501', `Credential=${REDACTED}`],
    [
      'a secret access key',
      'secret wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY end',
      `secret ${REDACTED} end`,
    ],
    [
      'a SigV4 signature',
      'Signature=fe5f80f77d5fa3beca038a248ff027d0445342fe2855ddc963176630326f1024',
      `Signature=${REDACTED}`,
    ],
    [
      'a session token header',
      'x-amz-security-token: IQoJb3JpZ2luX2VjEJr',
      `x-amz-security-token: ${REDACTED}`,
    ],
    [
      'a presigned URL token',
      '?X-Amz-Security-Token=abc%2Fdef&X-Amz-Date=1',
      `?X-Amz-Security-Token=${REDACTED}&X-Amz-Date=1`,
    ],
    [
      'a credentials file line',
      'aws_secret_access_key = abc/def+ghi',
      `aws_secret_access_key = ${REDACTED}`,
    ],
    [
      'a JSON credentials object',
      '{"accessKeyId":"x1","secretAccessKey":"y2"}',
      `{"accessKeyId":"${REDACTED}","secretAccessKey":"${REDACTED}"}`,
    ],
    ['a long base64 token', `token ${'Ab1+'.repeat(40)}`, `token ${REDACTED}`],
  ])('removes %s', (_name, given, want) => {
    expect(redactSecrets(given)).toBe(want);
  });

  it.each([
    [
      'ids and names',
      'Codegen job "8d3f0c2e-1b7a-4f0e-9c1d-2a3b4c5d6e7f" was not found in app "d1abcdefgh1234"',
    ],
    ['a git commit hash', 'commit 2d33a7d0c8f9e1b2a3c4d5e6f708192a3b4c5d6e'],
    ['a URL', 'Could not reach http://127.0.0.1:4010: the connection was refused'],
    ['plain words', 'The AWS credentials have expired (AmplifyUIBuilder said: "ExpiredToken")'],
  ])('keeps %s', (_name, text) => {
    expect(redactSecrets(text)).toBe(text);
  });

  it('removes known literal secrets, longest first', () => {
    expect(redactSecrets('a=my-key b=my-key-and-more', ['my-key', 'my-key-and-more'])).toBe(
      `a=${REDACTED} b=${REDACTED}`,
    );
  });

  it('ignores literals too short to be secrets', () => {
    expect(redactSecrets('the app', ['the'])).toBe('the app');
  });

  it('removes the values of the AWS credential environment variables', () => {
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'plainkeyid');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'plain-secret');
    vi.stubEnv('AWS_SESSION_TOKEN', 'plain-token');
    expect(redactSecrets('plainkeyid plain-secret plain-token')).toBe(
      `${REDACTED} ${REDACTED} ${REDACTED}`,
    );
  });

  it.each([
    ['user info of any scheme', 'see ftp://me:pw@host/x', `see ftp://${REDACTED}@host/x`],
    ['a password holding @', 'https://u:p@ss@host:1/x', `https://${REDACTED}@host:1/x`],
    [
      'secret query parameters',
      'GET /?token=abc1&password=p%40ss&X-Amz-Signature=ff00&keep=1',
      `GET /?token=${REDACTED}&password=${REDACTED}&X-Amz-Signature=${REDACTED}&keep=1`,
    ],
    ['a header', 'X-Amz-Security-Token: FwoGZXIvYXdz', `X-Amz-Security-Token: ${REDACTED}`],
    ['a bearer token', 'Authorization: Bearer abcdefghij', `Authorization: Bearer ${REDACTED}`],
    [
      'a value inside a JSON string, keeping it valid',
      '{"message":"password: hunter2","b":"token=\\"x1\\""}',
      `{"message":"password: ${REDACTED}","b":"token=\\"${REDACTED}\\""}`,
    ],
  ])('removes %s', (_name, given, want) => {
    expect(redactSecrets(given)).toBe(want);
  });

  it.each([
    ['a page token name', 'ListCodegenJobs returned a nextToken on page 2'],
    ['the word token', 'a token it had returned before'],
    ['a long identifier', 'ModelSubscriptionBlogPostCommentFilterInputs'],
    ['an e-mail address', 'mail ops@example.com'],
  ])('keeps %s', (_name, text) => {
    expect(redactSecrets(text)).toBe(text);
  });

  it('knows the secrets of an endpoint, however it is written', () => {
    const endpoint = 'ftp://agent:p@ss word@host/?X-Amz-Security-Token=tok%2Fen1&page=2';
    expect(endpointSecrets(endpoint)).toEqual(
      expect.arrayContaining(['agent:p@ss word', 'agent', 'p@ss word', 'tok/en1']),
    );
    rememberSecrets(endpointSecrets(endpoint));
    expect(redactSecrets(`bad endpoint "${endpoint}"`)).not.toMatch(/agent|ss word|tok/);
  });

  it('removes the secrets of AWS_ENDPOINT_URL', () => {
    vi.stubEnv('AWS_ENDPOINT_URL', 'http://envuser:envpass1@localhost:1');
    expect(redactSecrets('user envuser, password envpass1')).toBe(
      `user ${REDACTED}, password ${REDACTED}`,
    );
  });
});
