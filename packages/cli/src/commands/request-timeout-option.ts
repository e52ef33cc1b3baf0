import { Option } from 'commander';
import { wholeNumber } from './parse-number.js';

/**
 * `--request-timeout <s>`: the deadline of each AWS request, body included (config
 * `requestTimeout`). One definition for every command that calls AWS.
 */
export function requestTimeoutOption(): Option {
  return new Option(
    '--request-timeout <seconds>',
    'deadline of each AWS request, response body included (default 30)',
  ).argParser(wholeNumber(1, 86_400));
}
