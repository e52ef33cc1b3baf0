import { OutputError } from '@uibuilder-codegen/core';

/**
 * Writes data to stdout and waits until it is handed over. Resolves `false` when the reader went
 * away (`EPIPE`: `--print | head`), so the caller can stop quietly; any other failure (a full
 * disk behind `> file`) is an `OutputError` (exit 5), never an unhandled `error` event. `write`
 * is how the text goes out (`printGeneratedText` for generated files).
 */
export function writeStdout(
  text: string,
  write: (text: string, done: (error?: Error | null) => void) => void = (t, done) =>
    process.stdout.write(t, done),
): Promise<boolean> {
  return new Promise((resolve, reject) => {
    write(text, (error) => {
      if (!error) resolve(true);
      else if ((error as NodeJS.ErrnoException).code === 'EPIPE') resolve(false);
      else {
        reject(
          new OutputError(`Could not write to standard output: ${error.message}`, {
            hint: 'Check where stdout goes (a full disk, a closed pipe), or write files instead of --print/--json.',
            cause: error,
          }),
        );
      }
    });
  });
}
