import { once } from 'node:events';
import { statSync } from 'node:fs';
import path from 'node:path';
import { watch, type FSWatcher } from 'chokidar';

/**
 * A file system clock tick: Linux stamps files from a coarse clock that can lag `Date.now()` by a
 * few milliseconds, so a file saved just after a run began may look older than the run.
 */
const MTIME_SLACK_MS = 10;

/** The directories `generate --watch` watches, one watcher each, each in effect once added. */
export interface DirectoryWatchers {
  /**
   * Watches the directories of `files` and stops watching the others. Resolves once every new
   * watch is in effect, with the files in newly watched directories modified at or after
   * `since`: changes that happened while nothing watched them, which no event will report.
   */
  watchFilesOf(files: readonly string[], since: number): Promise<string[]>;
  close(): Promise<void>;
}

/**
 * Watches directories, not files: an editor's save renames a new file over the old one, which
 * ends a watch on the file itself. Every event goes to `onEvent`, which ignores other files.
 * chokidar sets a watch up asynchronously after `add()`; a watcher per directory lets us wait
 * for its `ready` before the run is reported, so a save the user makes after seeing "Generated"
 * is always seen, and a save made during the first run is caught by its modification time.
 */
export function createDirectoryWatchers(onEvent: (file: string) => void): DirectoryWatchers {
  const watchers = new Map<string, FSWatcher>();
  const start = async (dir: string) => {
    const watcher = watch(dir, { ignoreInitial: true, depth: 0 });
    watcher.on('all', (_event, file) => onEvent(file));
    watchers.set(dir, watcher);
    await once(watcher, 'ready');
  };
  return {
    async watchFilesOf(files, since) {
      const dirs = new Set(files.map((file) => path.dirname(file)));
      const stale = [...watchers].filter(([dir]) => !dirs.has(dir));
      await Promise.all(stale.map(([dir, watcher]) => (watchers.delete(dir), watcher.close())));
      const added = [...dirs].filter((dir) => !watchers.has(dir));
      await Promise.all(added.map(start));
      return files.filter(
        (file) => added.includes(path.dirname(file)) && modifiedSince(file, since - MTIME_SLACK_MS),
      );
    },
    async close() {
      await Promise.all([...watchers.values()].map((watcher) => watcher.close()));
      watchers.clear();
    },
  };
}

function modifiedSince(file: string, since: number): boolean {
  try {
    return statSync(file).mtimeMs >= since;
  } catch {
    // Gone or unreadable: the run that reported it has already seen it missing or failed on it.
    return false;
  }
}
