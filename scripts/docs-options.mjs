// Writes the README's option tables (the `generate` flags, the plugin's options) from the option
// table, packages/cli/src/config/option-table.ts, between their marker comments. Run after a build:
// `pnpm docs:options`. packages/cli/src/config/readme-options.test.ts fails when they are stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { withOptionTables } from '../packages/cli/dist/config/option-docs.js';

const readme = new URL('../README.md', import.meta.url);
const before = readFileSync(readme, 'utf8');
const after = withOptionTables(before);
if (after !== before) writeFileSync(readme, after);
console.log(after === before ? 'README.md is up to date' : 'README.md: option tables rewritten');
