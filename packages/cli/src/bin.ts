#!/usr/bin/env node
process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';
const { runCli } = await import('./commands/program.js');
process.exitCode = await runCli(process.argv.slice(2));
