import { InvalidArgumentError, Option, type Command } from 'commander';
import type { CommandName, FlagDefinition, OptionDefinition } from '../config/option-definition.js';
import type { OptionRule } from '../config/option-rules.js';
import { OPTION_ROWS } from '../config/option-table.js';
import { plainText } from './plain-text.js';

/** Adds the option table's flags of `commandName` to `command`, in the table's order. */
export function addTableFlags(command: Command, commandName: CommandName): Command {
  for (const [, row, flag] of flagsOf(commandName)) {
    const option = new Option(flag.syntax, helpText(row, flag));
    const takesValue = /[<[]/.test(flag.syntax);
    if (row.rule !== undefined && takesValue && (row.rule.fromText || checksText(row, flag))) {
      option.argParser(flagParser(row.rule));
    }
    if (flag.conflicts) option.conflicts([...flag.conflicts]);
    command.addOption(option);
  }
  return command;
}

/**
 * The options set by the direct flags given on the command line (`--max-depth 5` →
 * `{ maxDepth: 5 }`); a flag not given sets nothing, so that it does not hide the config file's
 * value (a negated flag such as `--no-format` is `true` in commander until given).
 */
export function optionsFromFlags(
  command: Command,
  commandName: CommandName,
): Record<string, unknown> {
  const values = command.opts();
  const options: Record<string, unknown> = {};
  for (const [name, row, flag] of flagsOf(commandName)) {
    if (flag.direct === false || row.contexts.length === 0) continue;
    const attribute = new Option(flag.syntax).attributeName();
    if (command.getOptionValueSource(attribute) === 'cli') options[name] = values[attribute];
  }
  return options;
}

/** A commander parser that reads a flag's text by `rule`, with the rule's own words on failure. */
export function flagParser(rule: OptionRule): (text: string) => unknown {
  return (text) => {
    const value = rule.fromText ? rule.fromText(text) : text;
    if (!rule.test(value)) throw new InvalidArgumentError(`expected ${rule.expected}`);
    return value;
  };
}

function flagsOf(commandName: CommandName) {
  return OPTION_ROWS.flatMap(([name, row]) =>
    (row.flags ?? [])
      .filter((flag) => flag.commands.includes(commandName))
      .map((flag) => [name, row, flag] as const),
  );
}

/** A flag whose text is the value itself (`--out <dir>`, `--region <r>`) is checked as one. */
function checksText(row: OptionDefinition, flag: FlagDefinition): boolean {
  return flag.direct !== false || row.contexts.length === 0;
}

/** `--help`'s line: the doc without Markdown, and the default when it is not a boolean's. */
function helpText(row: OptionDefinition, flag: FlagDefinition): string {
  const shown =
    flag.defaultText ??
    row.defaultText ??
    (row.default === undefined || typeof row.default === 'boolean'
      ? undefined
      : String(row.default));
  const doc = plainText(flag.doc ?? row.doc);
  return shown === undefined ? doc : `${doc} (default: ${plainText(shown)})`;
}
