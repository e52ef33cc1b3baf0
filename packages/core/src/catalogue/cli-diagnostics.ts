/**
 * The diagnostics of the CLI's `generate()`: what it noticed about the project and the files it
 * manages, beside the job.
 */
import type { CatalogueEntries } from './catalogue-entry.js';

/** The payload each CLI code takes. */
export interface CliDiagnosticPayloads {
  /** The Gen1 API schemas found, relative to the root and sorted. */
  Gen1ApiSchemaFound: { files: readonly string[] };
  StaleFileKept: { file: string };
  /** `manifest` is the manifest as shown to the user, `key` the entry, `reason` why it was ignored. */
  ManifestEntryIgnored: { manifest: string; key: string; reason: string };
  /** `backup` is a file an interrupted run set aside (root-relative), `file` the file it was. */
  BackupKept: { backup: string; file: string };
}

/** The entries of {@link CliDiagnosticPayloads}. */
export const CLI_DIAGNOSTICS: CatalogueEntries<CliDiagnosticPayloads> = {
  Gen1ApiSchemaFound: {
    severity: 'info',
    message: (p) => `An Amplify Gen1 API schema is at ${p.files.join(', ')}; it was not read`,
    hint: (p) =>
      `To generate every operation of the deployed API (custom ones included), pass --api-schema ${p.files[0]} (config "apiSchema").`,
  },
  StaleFileKept: {
    severity: 'warning',
    message: (p) =>
      `${p.file} is no longer generated, but its contents are not what uibuilder-codegen wrote there, so it was kept`,
    hint: () =>
      'Delete it yourself if you do not need it (even --force never deletes a file whose contents we did not write).',
  },
  ManifestEntryIgnored: {
    severity: 'warning',
    message: (p) =>
      `${p.manifest} lists ${JSON.stringify(p.key.slice(0, 200))}, which was ignored: ${p.reason}`,
    hint: () =>
      'The manifest is rewritten without it; if someone edited the manifest by hand, review that change.',
  },
  BackupKept: {
    severity: 'warning',
    message: (p) =>
      `${p.backup} holds a version of ${p.file} that an interrupted run set aside and that uibuilder-codegen did not write, so it was kept`,
    hint: (p) => `Compare it with ${p.file}, keep what you need, then delete ${p.backup}.`,
  },
};
