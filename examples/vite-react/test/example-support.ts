import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The example's directory and the repository's top. */
export const exampleDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = path.resolve(exampleDir, '../..');

/** The files the plugin generates from the blog job, committed with the example. */
export const GENERATED_FILES = [
  'src/API.ts',
  'src/graphql/queries.ts',
  'src/graphql/mutations.ts',
  'src/graphql/subscriptions.ts',
  'src/graphql/fragments.ts',
  'src/ui-components/.uibuilder-codegen.json',
];

/** A copy of the example in a temporary directory, laid out as in the repository. */
export interface TempExample {
  /** The app (the copy of examples/vite-react). */
  readonly app: string;
  /** The copy of the blog job that the app's config names (`../blog/codegen-job.json`). */
  readonly job: string;
  /** A directory for Vite's cache, outside the app. */
  readonly cacheDir: string;
  /** Removes the copy. */
  readonly remove: () => void;
}

/**
 * Copies the example (with or without its committed generated files), the blog job and the
 * repository's formatting config into a temporary directory, so that tests never change the
 * committed example. `node_modules` is linked, not copied.
 */
export function tempExample(options: { withGenerated: boolean }): TempExample {
  const top = mkdtempSync(path.join(os.tmpdir(), 'vite-react-example-'));
  for (const name of ['.prettierrc.json', '.editorconfig']) {
    cpSync(path.join(repoRoot, name), path.join(top, name));
  }
  mkdirSync(path.join(top, 'blog'));
  const job = path.join(top, 'blog/codegen-job.json');
  cpSync(path.join(repoRoot, 'examples/blog/codegen-job.json'), job);
  const app = path.join(top, 'vite-react');
  cpSync(exampleDir, app, {
    recursive: true,
    filter: (source) => {
      const relative = path.relative(exampleDir, source).split(path.sep).join('/');
      const top = relative.split('/')[0] ?? '';
      if (['node_modules', 'dist', 'test'].includes(top)) return false;
      return options.withGenerated || !GENERATED_FILES.includes(relative);
    },
  });
  symlinkSync(path.join(exampleDir, 'node_modules'), path.join(app, 'node_modules'), 'dir');
  return {
    app,
    job,
    cacheDir: path.join(top, '.vite-cache'),
    remove: () => rmSync(top, { recursive: true, force: true }),
  };
}

/** Changes the job file as many editors save: a new file renamed over the old one. */
export function editJob(file: string, change: (job: BlogJob) => void): void {
  const saved = JSON.parse(readFileSync(file, 'utf8')) as { job: BlogJob };
  change(saved.job);
  writeFileSync(`${file}.swp`, JSON.stringify(saved, null, 2) + '\n');
  renameSync(`${file}.swp`, file);
}

/** The part of the blog job the tests change. */
export interface BlogJob {
  genericDataSchema: {
    models: Record<string, { fields: Record<string, unknown> }>;
  };
}

/** A `subtitle: String` field for the blog's Post model. */
export function addSubtitle(job: BlogJob): void {
  const post = job.genericDataSchema.models['Post'];
  if (!post) throw new Error('the blog job has no Post model');
  post.fields['subtitle'] = {
    dataType: 'String',
    dataTypeValue: 'String',
    required: false,
    readOnly: false,
    isArray: false,
  };
}

/** Reads a file of a directory. */
export function read(dir: string, file: string): string {
  return readFileSync(path.join(dir, file), 'utf8');
}
