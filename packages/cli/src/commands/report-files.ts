import { realpathSync } from 'node:fs';
import path from 'node:path';
import type { FileResult, Logger } from '../api/options.js';
import type { GenerateResult } from '../api/result.js';
import { HAND_EDITED_RESOLUTION, handEditedMessage } from '../output/hand-edits.js';
import { colors } from './logger.js';
import { summaryLine } from './summary-line.js';

/**
 * Prints what `generate` did (or, under `--check`/`--dry-run`, would do) for people: one line per
 * file, then a summary whose words are true whether or not anything changed. Paths are relative
 * to `cwd`, where the user stands, so they can be opened as printed.
 */
export function reportFiles(
  result: GenerateResult,
  options: { cwd: string; force: boolean },
  logger: Logger,
): void {
  // Through real paths: the shell's cwd may be a symbolic link's path, the root its target's.
  const cwd = realPath(options.cwd);
  const root = realPath(result.root);
  const shown = (file: string) => path.relative(cwd, path.resolve(root, file)) || '.';
  const preview = result.mode !== 'write';
  const verb = preview ? 'would be ' : '';
  // Writes that generate refuses without --force (they make the preview's promise untrue).
  const refused = options.force ? [] : result.files.filter((file) => file.editedByHand);
  for (const file of result.files) {
    // In check mode only what is out of date matters; elsewhere every file is listed.
    if (file.status === 'unchanged' && result.mode === 'check') continue;
    const label = `${file.status === 'unchanged' ? '' : verb}${file.status}`;
    const note =
      preview && refused.includes(file) ? ', refused without --force: edited by hand' : '';
    logger.info(
      `  ${paint(file)(label.padEnd(verb.length + 10))} ${shown(file.path)} (${file.bytes} bytes)${note}`,
    );
    if (file.diff) logger.info(file.diff);
  }
  logger.info(summaryLine(result, refused.length));
  if (preview && refused.length > 0) {
    logger.warn(
      `generate would refuse to write: ${handEditedMessage(refused.map((file) => shown(file.path)))}.\n  Resolution: ${HAND_EDITED_RESOLUTION}`,
    );
  }
}

function paint(file: FileResult): (text: string) => string {
  if (file.status === 'removed') return colors.red;
  if (file.status === 'created') return colors.green;
  if (file.status === 'updated') return colors.yellow;
  return colors.dim;
}

function realPath(directory: string): string {
  try {
    return realpathSync(directory);
  } catch {
    return directory;
  }
}
