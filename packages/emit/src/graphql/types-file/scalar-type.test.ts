import { describe, expect, it } from 'vitest';
import { scalarTypeText } from './scalar-type.js';

describe('scalarTypeText', () => {
  it.each([
    ['ID', 'string'],
    ['String', 'string'],
    ['Int', 'number'],
    ['Float', 'number'],
    ['Boolean', 'boolean'],
    ['AWSDate', 'string'],
    ['AWSTime', 'string'],
    ['AWSDateTime', 'string'],
    ['AWSTimestamp', 'number'],
    ['AWSEmail', 'string'],
    ['AWSJSON', 'string'],
    ['AWSURL', 'string'],
    ['AWSPhone', 'string'],
    ['AWSIPAddress', 'string'],
    ['Upload', 'unknown'],
    ['toString', 'unknown'],
  ])('%s is %s', (scalar, want) => {
    expect(scalarTypeText(scalar)).toBe(want);
  });
});
