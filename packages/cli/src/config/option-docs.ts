import type { FlagDefinition, OptionDefinition } from './option-definition.js';
import { OPTION_ROWS } from './option-table.js';

// The README's option tables, made from the option table (`pnpm docs:options` writes them between
// their marker comments; readme-options.test.ts fails when README.md is not what this makes).

/** The README sections this module writes: their marker name and contents. */
const README_OPTION_SECTIONS: Readonly<Record<string, () => string>> = {
  'generate-flags': generateFlagTable,
  'plugin-options': pluginOptionTable,
};

/** `text` (README.md) with each section between its markers replaced by what the table makes. */
export function withOptionTables(text: string): string {
  let result = text;
  for (const [name, render] of Object.entries(README_OPTION_SECTIONS)) {
    const start = `<!-- options:${name}:start (pnpm docs:options writes this table) -->\n`;
    const end = `<!-- options:${name}:end -->`;
    const from = result.indexOf(start);
    const to = result.indexOf(end, from);
    if (from < 0 || to < 0) throw new Error(`README.md has no ${start.trim()} … ${end} markers`);
    result = result.slice(0, from + start.length) + render() + result.slice(to);
  }
  return result;
}

/** The `generate` flags: flag, config key, default, meaning (and the other commands that take it). */
export function generateFlagTable(): string {
  const lines = ['| flag | config key | default | meaning |', '|---|---|---|---|'];
  for (const [name, row] of OPTION_ROWS) {
    for (const flag of row.flags ?? []) {
      if (!flag.commands.includes('generate')) continue;
      const key = row.contexts.includes('config') ? code(name) : '';
      const shown = flag.defaultText ?? row.defaultText ?? valueText(row, false) ?? '';
      lines.push(cells([code(flag.syntax), key, shown, meaning(row, flag)]));
    }
  }
  return lines.join('\n') + '\n';
}

/** The plugin's options: option, default, meaning. */
export function pluginOptionTable(): string {
  const lines = ['| option | default | meaning |', '|---|---|---|'];
  for (const [name, row] of OPTION_ROWS) {
    if (!row.contexts.includes('plugin')) continue;
    const shown = row.pluginDefaultText ?? row.defaultText ?? valueText(row, true) ?? '';
    lines.push(cells([code(name), shown, row.doc]));
  }
  return lines.join('\n') + '\n';
}

function meaning(row: OptionDefinition, flag: FlagDefinition): string {
  const others = flag.commands.filter((c) => c !== 'generate');
  const doc = flag.doc ?? row.doc;
  return others.length === 0 ? doc : `${doc} (also on ${others.map(code).join(', ')})`;
}

/** A default value as the tables show it; booleans only where `withBooleans`. */
function valueText(row: OptionDefinition, withBooleans: boolean): string | undefined {
  if (row.default === undefined) return undefined;
  if (typeof row.default === 'boolean' && !withBooleans) return undefined;
  return code(String(row.default));
}

function code(text: string): string {
  return `\`${text}\``;
}

/** One Markdown table row; a `|` inside a cell is escaped. */
function cells(values: readonly string[]): string {
  return `| ${values.map((v) => v.replace(/\|/g, '\\|')).join(' | ')} |`;
}
