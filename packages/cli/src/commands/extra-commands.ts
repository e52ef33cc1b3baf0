import type { Command } from 'commander';
import { listJobsCommand, startCommand } from './aws-commands.js';
import { doctorCommand } from './doctor-command.js';
import { inspectCommand } from './inspect-command.js';

/** The commands besides `generate`. */
export function extraCommands(setExitCode: (code: number) => void): Command[] {
  return [
    inspectCommand(setExitCode),
    listJobsCommand(),
    startCommand(),
    doctorCommand(setExitCode),
  ];
}
