import { redactKnownSecrets, redactSecrets } from '@uibuilder-codegen/fetch';
import { colorsEnabled } from './logger.js';
import { escapeControlCharacters } from './terminal-text.js';

/**
 * What every byte the CLI prints passes through: secrets redacted (the project's one
 * `redactSecrets`), then control characters escaped, so that neither a credential nor a job's
 * terminal escape sequence (OSC 52 sets the clipboard) reaches a terminal, a CI log or a pipe.
 */
export function guardOutput(text: string): string {
  return escapeControlCharacters(redactSecrets(text), colorsEnabled);
}

/**
 * Routes `process.stdout` and `process.stderr` through {@link guardOutput}, whoever writes: the
 * commands, commander's usage errors, `console`, a dependency's warning. The CLI's bin calls it
 * once; the library never does (it prints nothing itself).
 */
export function installOutputGuard(): void {
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream) as (...args: unknown[]) => boolean;
    if (stream === process.stdout) unguardedStdout = write;
    stream.write = ((chunk: unknown, ...rest: unknown[]) => {
      const encoding = typeof rest[0] === 'string' ? rest[0] : 'utf8';
      if (encoding !== 'utf8' && encoding !== 'utf-8') return write(chunk, ...rest);
      const text =
        typeof chunk === 'string'
          ? chunk
          : chunk instanceof Uint8Array
            ? Buffer.from(chunk).toString('utf8')
            : undefined;
      return text === undefined ? write(chunk, ...rest) : write(guardOutput(text), ...rest);
    }) as typeof stream.write;
  }
}

let unguardedStdout: ((...args: unknown[]) => boolean) | undefined;

/**
 * Prints generated files (`--print`): the patterns of {@link guardOutput} would damage code
 * (`password: string;` looks like a header), so only literal secrets are removed and control
 * characters escaped (emit never writes raw ones, so correct code passes unchanged).
 */
export function printGeneratedText(text: string): void {
  const safe = escapeControlCharacters(redactKnownSecrets(text));
  if (unguardedStdout) unguardedStdout(safe);
  else process.stdout.write(safe);
}
