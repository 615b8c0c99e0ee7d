#!/usr/bin/env node
// Runs the built CLI (desktop/dist/cli, made by `npm run build`, which `npm install` and `npm start` run too).

// `promptgate rules | head` closes the pipe early: that is the reader's choice, not an error to report.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

let cli;
try {
  cli = await import('../dist/cli/main.js');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('dist/cli/main.js')) throw error;
  process.stderr.write('promptgate: the CLI is not built yet: run `npm run build` in the repository root\n');
  process.exit(2);
}
process.exitCode = await cli.main(process.argv.slice(2));
