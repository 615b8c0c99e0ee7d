#!/usr/bin/env node
// Runs the built server (server/dist, made by `npm run build`, which `npm install` and `npm start` run too).
let server;
try {
  server = await import('../dist/main.js');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('dist/main.js')) throw error;
  process.stderr.write('promptgate-server: it is not built yet: run `npm run build` in the repository root\n');
  process.exit(2);
}
process.exitCode = await server.main(process.argv.slice(2));
